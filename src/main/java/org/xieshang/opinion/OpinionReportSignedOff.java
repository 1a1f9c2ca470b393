package org.xieshang.opinion;

/** A report was signed off 签发. */
public record OpinionReportSignedOff(long reportId, long committeeId, long signerId) {}
