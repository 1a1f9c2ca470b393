package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;

/** Assigned 交办 to a unit, which accepts or contests until {@code contestUntil}. */
public record ProposalAssigned(
        long proposalId,
        long committeeId,
        long assignmentId,
        long unitId,
        AssignmentRole role,
        LocalDate contestUntil,
        LocalDate deadline,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalAssigned {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
