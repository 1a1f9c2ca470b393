package org.xieshang.proposal;

import java.util.List;

/** Returned to the proposer for revision. */
public record ProposalReturned(long proposalId, long committeeId, String reason, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalReturned {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
