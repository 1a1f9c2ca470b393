package org.xieshang.proposal;

import java.time.LocalDate;

/** A supervision event of a key proposal was recorded. */
public record SupervisionRecorded(
        long proposalId, long committeeId, long supervisionId, SupervisionKind kind, LocalDate heldOn)
        implements ProposalEvent {}
