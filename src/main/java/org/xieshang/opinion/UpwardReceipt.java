package org.xieshang.opinion;

/** The upper committee's answer to a delivery: its copy, and whether this delivery made it (false on a repeat). */
public record UpwardReceipt(long reportId, long committeeId, boolean created) {}
