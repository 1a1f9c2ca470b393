package org.xieshang.proposal.statistics;

import java.time.OffsetDateTime;

/** A proposal in the list behind a figure. */
public record StatisticsRow(
        long id,
        Integer runningNo,
        String officialNumber,
        String title,
        String kind,
        String category,
        String status,
        boolean keyProposal,
        OffsetDateTime submittedAt) {}
