package org.xieshang.proposal;

/** Staff replaced a contested assignment by one to another unit. */
public record AssignmentReassigned(
        long proposalId,
        long committeeId,
        long assignmentId,
        long unitId,
        long replacementAssignmentId,
        long replacementUnitId)
        implements ProposalEvent {}
