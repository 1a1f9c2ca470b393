package org.xieshang.search;

/** How many of the hits carry a facet value. */
public record FacetCount(String value, long count) {}
