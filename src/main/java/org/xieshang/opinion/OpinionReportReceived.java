package org.xieshang.opinion;

/** A committee received a report from a lower committee (its copy is {@code reportId}). */
public record OpinionReportReceived(long reportId, long committeeId, long originCommitteeId, long originReportId) {}
