package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import org.xieshang.opinion.PersonType;

/** A row of {@code opinion_report_person}: an author with their share of the points, in percent. */
public record ReportPersonRow(int position, PersonType personType, Long personId, String name, BigDecimal share) {}
