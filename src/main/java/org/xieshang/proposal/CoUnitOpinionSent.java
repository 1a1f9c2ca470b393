package org.xieshang.proposal;

/** A co-unit sent its opinion to the lead unit. */
public record CoUnitOpinionSent(long proposalId, long committeeId, long opinionId, long coUnitId, long leadUnitId)
        implements ProposalEvent {}
