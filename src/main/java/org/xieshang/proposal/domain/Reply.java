package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;
import org.xieshang.proposal.DisclosureMode;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.ReplyReview;
import org.xieshang.proposal.ReplyStatus;

/** A unit's reply for one round, as stored: drafted, counter-signed, sent, reviewed, published. */
public record Reply(
        long id,
        long committeeId,
        long proposalId,
        long assignmentId,
        long unitId,
        int round,
        ReplyStatus status,
        ReplyClass replyClass,
        String letter,
        String documentNumber,
        String signer,
        int revision,
        OffsetDateTime draftedAt,
        OffsetDateTime repliedAt,
        ReplyReview reviewStatus,
        ReplyClass reviewedClass,
        String reviewReason,
        Long reviewedBy,
        String reviewedByName,
        OffsetDateTime reviewedAt,
        DisclosureMode disclosureMode,
        String disclosureSummary,
        OffsetDateTime publishedAt,
        int version) {

    /** The class after the supervisors' review (which may change it). */
    public ReplyClass finalClass() {
        return reviewedClass != null ? reviewedClass : replyClass;
    }

    public boolean submitted() {
        return status == ReplyStatus.SUBMITTED;
    }

    public boolean reviewed() {
        return reviewStatus != ReplyReview.PENDING;
    }

    public void checkSubmitted() {
        if (!submitted()) {
            throw new Refusals.ReplyNotSubmitted();
        }
    }
}
