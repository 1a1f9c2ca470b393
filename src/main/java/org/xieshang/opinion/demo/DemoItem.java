package org.xieshang.opinion.demo;

import java.time.OffsetDateTime;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.opinion.domain.CheckedContent;
import org.xieshang.opinion.domain.OpinionReport;

/** One demo report while it is being made: how far it is meant to go, and what happened to it so far. */
final class DemoItem {

    /** How far the report goes: still in the office, kept on file, accepted, sent up, or adopted by the province. */
    enum Role {
        IN_PROGRESS,
        FILED,
        ACCEPTED,
        UPWARD,
        PROVINCIAL
    }

    final SubmitterType type;
    final int showcase;
    Role role;
    CheckedContent content;
    DemoTexts.Text text;
    OffsetDateTime submittedAt;
    OffsetDateTime decidedAt;
    OffsetDateTime publishedAt;
    OffsetDateTime sentAt;
    OffsetDateTime adoptedAt;
    OpinionReport report;
    OpinionReport copy;
    String adoptionKey;
    AdoptionKind adoptionKind;

    /** {@code showcase}: 0 for an ordinary report, else the place among the demo member's own reports (1…). */
    DemoItem(SubmitterType type, int showcase) {
        this.type = type;
        this.showcase = showcase;
    }

    boolean goesUp() {
        return role == Role.UPWARD || role == Role.PROVINCIAL;
    }

    boolean accepted() {
        return role == Role.ACCEPTED || goesUp();
    }
}
