package org.xieshang.proposal;

import java.util.List;

/** A second 不满意: a face-to-face consultation is to be held. */
public record ConsultationRequired(long proposalId, long committeeId, List<Long> unitIds, List<Long> proposerMemberIds)
        implements ProposalEvent {

    public ConsultationRequired {
        unitIds = List.copyOf(unitIds);
        proposerMemberIds = List.copyOf(proposerMemberIds);
    }
}
