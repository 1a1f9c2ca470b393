package org.xieshang.opinion;

/** A report (own or received from below) was kept on file 留存, with the reason. */
public record OpinionReportFiled(long reportId, long committeeId, boolean incoming, String reason) {}
