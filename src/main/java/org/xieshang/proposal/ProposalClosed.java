package org.xieshang.proposal;

import java.util.List;

/** Closed 办结. */
public record ProposalClosed(long proposalId, long committeeId, List<Long> proposerMemberIds, List<Long> unitIds)
        implements ProposalEvent {

    public ProposalClosed {
        proposerMemberIds = List.copyOf(proposerMemberIds);
        unitIds = List.copyOf(unitIds);
    }
}
