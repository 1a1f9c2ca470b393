package org.xieshang.opinion;

import java.time.OffsetDateTime;

/** An issue in a list. */
public record IssueSummary(
        long id,
        long committeeId,
        int year,
        Integer number,
        IssueState state,
        int pieceCount,
        int reportCount,
        OffsetDateTime publishedAt,
        int version) {}
