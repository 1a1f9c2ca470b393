package org.xieshang.proposal;

import java.time.LocalDate;

/** Staff approved a later deadline for a unit. */
public record DeadlineExtended(long proposalId, long committeeId, long assignmentId, long unitId, LocalDate deadline)
        implements ProposalEvent {}
