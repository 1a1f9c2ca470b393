package org.xieshang.opinion;

import java.math.BigDecimal;

/** A counter-entry cancelled {@code reversedEntryId}; both stay in the ledger. */
public record PointsRevoked(
        long entryId,
        long reversedEntryId,
        long committeeId,
        int year,
        BeneficiaryType beneficiaryType,
        long beneficiaryId,
        BigDecimal points,
        long reportId) {}
