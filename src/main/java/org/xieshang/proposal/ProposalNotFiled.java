package org.xieshang.proposal;

import java.util.List;

/** Not filed 不立案, with the reason code and the conversion, if any; the proposer is to be told. */
public record ProposalNotFiled(
        long proposalId, long committeeId, String reasonCode, Conversion conversion, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ProposalNotFiled {
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
