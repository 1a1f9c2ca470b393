package org.xieshang.opinion;

import java.util.List;

/** An issue of the periodical was published and sent to its recipients. */
public record OpinionIssuePublished(long issueId, long committeeId, int year, int number, List<Long> reportIds) {}
