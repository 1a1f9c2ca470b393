package org.xieshang.organisation.domain;

/** The editable part of a term. */
public record TermDetails(int number, int startYear, int endYear) {}
