package org.xieshang.proposal;

import java.time.LocalDate;

/** A unit asked for a later deadline. */
public record DeadlineExtensionRequested(
        long proposalId, long committeeId, long assignmentId, long unitId, LocalDate until, String reason)
        implements ProposalEvent {}
