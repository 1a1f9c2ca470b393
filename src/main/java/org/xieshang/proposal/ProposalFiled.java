package org.xieshang.proposal;

import java.util.List;

/** Filed 立案 with its official number, e.g. 九届一次会议第126号. */
public record ProposalFiled(
        long proposalId,
        long committeeId,
        long meetingId,
        int sequenceNo,
        String officialNumber,
        List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalFiled {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
