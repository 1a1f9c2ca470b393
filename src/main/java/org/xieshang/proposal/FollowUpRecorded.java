package org.xieshang.proposal;

/** A cross-year follow-up of a B-class reply was recorded. */
public record FollowUpRecorded(
        long proposalId, long committeeId, long followUpId, long unitId, int year, boolean resolved)
        implements ProposalEvent {}
