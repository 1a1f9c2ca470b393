package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an amount by percentage shares, in hundredths. Whatever rounding leaves over goes to the first share, so the
 * parts always add up to the whole (three joint submitters of 1 point get 0.34, 0.33, 0.33).
 */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {}

    /** Equal shares in percent for {@code count} persons (33.34, 33.33, 33.33 for three). */
    public static List<BigDecimal> equal(int count) {
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            weights.add(BigDecimal.ONE);
        }
        return split(HUNDRED, weights);
    }

    /** {@code amount} split in proportion to {@code weights}, each part rounded to hundredths. */
    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> parts = new ArrayList<>();
        if (weights.isEmpty() || total.signum() == 0) {
            return parts;
        }
        BigDecimal allotted = BigDecimal.ZERO;
        for (BigDecimal weight : weights) {
            BigDecimal part = amount.multiply(weight).divide(total, 2, RoundingMode.DOWN);
            parts.add(part);
            allotted = allotted.add(part);
        }
        parts.set(0, parts.get(0).add(amount.setScale(2, RoundingMode.HALF_UP).subtract(allotted)));
        return parts;
    }
}
