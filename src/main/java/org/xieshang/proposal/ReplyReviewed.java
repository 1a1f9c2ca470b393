package org.xieshang.proposal;

import java.util.List;

/** Supervisors reviewed a reply, approving it or changing its class. */
public record ReplyReviewed(
        long proposalId,
        long committeeId,
        long replyId,
        long unitId,
        ReplyClass finalClass,
        boolean classChanged,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ReplyReviewed {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
