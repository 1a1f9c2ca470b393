package org.xieshang.opinion;

import java.math.BigDecimal;
import java.util.List;

/** A report as its submitter follows it: its status at every level, and the points it earned them so far. */
public record ReportProgress(ReportSummary report, List<LevelStatus> levels, BigDecimal myPoints) {}
