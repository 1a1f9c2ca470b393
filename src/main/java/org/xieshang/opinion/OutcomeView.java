package org.xieshang.opinion;

import java.time.LocalDate;
import org.xieshang.organisation.CommitteeLevel;

/** An outcome at some level as recorded by this committee. */
public record OutcomeView(
        long id,
        long levelCommitteeId,
        String levelCommitteeName,
        CommitteeLevel level,
        OutcomeType type,
        AdoptionKind adoptionKind,
        InstructionRank instructionRank,
        String leaderTitle,
        String detail,
        LocalDate occurredOn,
        boolean revoked) {}
