package org.xieshang.proposal;

import java.util.List;

/** Selected as a good proposal 优秀提案 of the year. */
public record GoodProposalSelected(long proposalId, long committeeId, int year, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public GoodProposalSelected {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
