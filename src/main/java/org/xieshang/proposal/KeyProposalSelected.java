package org.xieshang.proposal;

import java.util.List;

/** Selected as a key proposal 重点提案, supervised by a leader. */
public record KeyProposalSelected(
        long proposalId,
        long committeeId,
        Long leaderUserId,
        String leaderName,
        List<Long> proposerMemberIds,
        List<Long> unitIds)
        implements ProposalEvent {

    public KeyProposalSelected {
        proposerMemberIds = List.copyOf(proposerMemberIds);
        unitIds = List.copyOf(unitIds);
    }
}
