package org.xieshang.opinion.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.opinion.OutcomeView;
import org.xieshang.organisation.CommitteeLevel;

/** A row of {@code opinion_outcome}. */
public record OutcomeRow(
        long id,
        long committeeId,
        long reportId,
        long levelCommitteeId,
        String levelCommitteeName,
        CommitteeLevel level,
        OutcomeType type,
        AdoptionKind adoptionKind,
        InstructionRank instructionRank,
        String leaderTitle,
        String detail,
        String relatedKey,
        LocalDate occurredOn,
        String idempotencyKey,
        boolean revoked,
        String recordedByName,
        OffsetDateTime recordedAt) {

    public OutcomeView view() {
        return new OutcomeView(
                id,
                levelCommitteeId,
                levelCommitteeName,
                level,
                type,
                adoptionKind,
                instructionRank,
                leaderTitle,
                detail,
                occurredOn,
                revoked);
    }
}
