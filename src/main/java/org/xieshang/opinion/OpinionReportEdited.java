package org.xieshang.opinion;

/** The information office edited a report 核稿. */
public record OpinionReportEdited(long reportId, long committeeId, long editorId) {}
