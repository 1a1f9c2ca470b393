package org.xieshang.opinion;

import java.math.BigDecimal;

/** Points were credited in the ledger of {@code committeeId}. */
public record PointsAwarded(
        long entryId,
        long committeeId,
        int year,
        BeneficiaryType beneficiaryType,
        long beneficiaryId,
        BigDecimal points,
        String ruleCode,
        long reportId) {}
