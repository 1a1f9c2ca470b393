package org.xieshang.proposal;

/** A unit accepted its assignment (or let the window pass: then {@code byWindow}). */
public record AssignmentAccepted(long proposalId, long committeeId, long assignmentId, long unitId, boolean byWindow)
        implements ProposalEvent {}
