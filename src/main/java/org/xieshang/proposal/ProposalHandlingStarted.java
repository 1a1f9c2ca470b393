package org.xieshang.proposal;

import java.util.List;

/** Every assignment is accepted or locked: the units handle the proposal. */
public record ProposalHandlingStarted(long proposalId, long committeeId, List<Long> unitIds) implements ProposalEvent {

    public ProposalHandlingStarted {
        unitIds = List.copyOf(unitIds);
    }
}
