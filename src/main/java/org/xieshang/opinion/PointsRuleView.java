package org.xieshang.opinion;

import java.math.BigDecimal;

/** A row of the points table as it applies to a committee: its own value, or the default. */
public record PointsRuleView(String code, BigDecimal points, boolean own, int version) {}
