package org.xieshang.proposal;

/** A unit contested its assignment within the window; staff re-assign or keep it. */
public record AssignmentContested(long proposalId, long committeeId, long assignmentId, long unitId, String reason)
        implements ProposalEvent {}
