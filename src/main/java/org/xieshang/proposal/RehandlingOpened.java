package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;

/** A 不满意 evaluation sent the proposal back to the units named, with a new deadline. */
public record RehandlingOpened(
        long proposalId,
        long committeeId,
        int round,
        List<Long> unitIds,
        LocalDate deadline,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public RehandlingOpened {
        unitIds = List.copyOf(unitIds);
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
