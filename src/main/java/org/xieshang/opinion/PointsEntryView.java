package org.xieshang.opinion;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An entry of the points ledger; a revocation is a counter-entry pointing at the entry it cancels. */
public record PointsEntryView(
        long id,
        long committeeId,
        int year,
        BeneficiaryType beneficiaryType,
        long beneficiaryId,
        String beneficiaryName,
        BigDecimal points,
        String ruleCode,
        long reportId,
        String reportTitle,
        long outcomeId,
        Long reversesEntryId,
        boolean revoked,
        OffsetDateTime recordedAt) {}
