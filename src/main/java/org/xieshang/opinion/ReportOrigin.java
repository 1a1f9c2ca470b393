package org.xieshang.opinion;

/** The record a report was converted from: a proposal not filed, or a consultation that escalated it. */
public record ReportOrigin(OriginType type, long id) {}
