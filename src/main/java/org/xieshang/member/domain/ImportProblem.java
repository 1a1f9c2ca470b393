package org.xieshang.member.domain;

/** What is wrong in an import: the Excel row number (1 is the header), the column's header text, and why. */
public record ImportProblem(int row, String column, String reason) {}
