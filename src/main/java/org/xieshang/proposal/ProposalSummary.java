package org.xieshang.proposal;

import java.time.OffsetDateTime;

/** A proposal as a list shows it. {@code leadMemberId} is the first proposer. */
public record ProposalSummary(
        long id,
        long committeeId,
        Integer runningNo,
        String officialNumber,
        String title,
        ProposalKind kind,
        CollectiveProposer collectiveProposer,
        String category,
        ProposalStatus status,
        ProposalPeriod period,
        Long meetingId,
        boolean urgent,
        boolean keyProposal,
        boolean goodProposal,
        Long mergedInto,
        Long leadMemberId,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        OffsetDateTime filedAt,
        int version) {}
