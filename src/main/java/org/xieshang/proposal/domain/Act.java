package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.xieshang.shared.Actor;

/** Who takes a step and when; stamped on every history row. A null actor is the system (a scheduled job). */
public record Act(Long actorId, String actorName, OffsetDateTime at) {

    /** Dates (deadlines, windows) are days in China time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static Act of(Actor actor, OffsetDateTime at) {
        return new Act(actor.userId(), actor.displayName(), at);
    }

    public static Act system(OffsetDateTime at) {
        return new Act(null, null, at);
    }

    public LocalDate day() {
        return at.atZoneSameInstant(CHINA).toLocalDate();
    }
}
