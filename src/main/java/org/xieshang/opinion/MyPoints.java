package org.xieshang.opinion;

import java.math.BigDecimal;
import java.util.List;

/** The signed-in submitter's points in a year: the total and the ledger entries behind it. */
public record MyPoints(int year, BigDecimal total, List<PointsEntryView> entries) {}
