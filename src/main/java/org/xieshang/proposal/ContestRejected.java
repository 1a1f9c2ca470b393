package org.xieshang.proposal;

/** Staff kept a contested assignment; it is now locked. */
public record ContestRejected(long proposalId, long committeeId, long assignmentId, long unitId, String reason)
        implements ProposalEvent {}
