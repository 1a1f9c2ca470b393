package org.xieshang.proposal;

import java.util.List;

/** The lead unit saved a reply draft that its co-units are to counter-sign. */
public record ReplyReadyForCountersign(
        long proposalId, long committeeId, long replyId, long leadUnitId, List<Long> coUnitIds)
        implements ProposalEvent {

    public ReplyReadyForCountersign {
        coUnitIds = List.copyOf(coUnitIds);
    }
}
