package org.xieshang.proposal;

import java.util.List;

/** Submitted to the proposal office, with its running number. */
public record ProposalSubmitted(
        long proposalId,
        long committeeId,
        int runningNo,
        ProposalKind kind,
        ProposalPeriod period,
        long meetingId,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalSubmitted {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
