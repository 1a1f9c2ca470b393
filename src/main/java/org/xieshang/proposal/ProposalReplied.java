package org.xieshang.proposal;

import java.util.List;

/** A unit replied 答复; {@code allRepliesIn} when it was the last reply the proposal waited for. */
public record ProposalReplied(
        long proposalId,
        long committeeId,
        long replyId,
        long unitId,
        ReplyClass replyClass,
        int round,
        boolean allRepliesIn,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalReplied {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
