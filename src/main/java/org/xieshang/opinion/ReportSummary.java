package org.xieshang.opinion;

import java.time.OffsetDateTime;

/** A report in a list: the edited title when there is one. */
public record ReportSummary(
        long id,
        long committeeId,
        int year,
        String serialNumber,
        OpinionState state,
        String title,
        String category,
        SubmitterType submitterType,
        String unitName,
        String authorNames,
        boolean incoming,
        String originCommitteeName,
        OffsetDateTime submittedAt,
        int version) {}
