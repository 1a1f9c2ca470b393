package org.xieshang.proposal;

import java.util.List;

/** The proposer withdrew it before filing. */
public record ProposalWithdrawn(long proposalId, long committeeId, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalWithdrawn {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
