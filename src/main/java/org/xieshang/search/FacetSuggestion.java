package org.xieshang.search;

/**
 * A facet value (a handling unit, say) suggested for a new record: {@code weight} is the similarity-weighted share of
 * the similar records that carry it (0..1; the suggestions of one call add up to 1), {@code records} how many did.
 */
public record FacetSuggestion(String value, double weight, int records) {}
