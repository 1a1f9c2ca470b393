package org.xieshang.proposal;

import java.util.List;

/** Merged 并案 into a primary proposal; it keeps its number and will get its own reply. */
public record ProposalMerged(long proposalId, long committeeId, long primaryProposalId, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalMerged {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
