package org.xieshang.proposal;

/** Staff refused a unit's request for a later deadline. */
public record DeadlineExtensionRefused(long proposalId, long committeeId, long assignmentId, long unitId, String reason)
        implements ProposalEvent {}
