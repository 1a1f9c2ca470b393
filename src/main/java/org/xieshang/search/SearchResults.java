package org.xieshang.search;

import java.util.List;
import java.util.Map;
import org.xieshang.shared.PageSlice;

/**
 * A page of hits with the total, and for the filters ({@code type} and {@link SearchQuery#FILTER_FACETS}) the count of
 * hits per value, best first. {@code allWords} is false when no record held every word and the hits hold any of them
 * instead. {@code exact} is false when more records matched than a search counts (2,000 by default): the total is then
 * that number, the facet counts are over a sample of about that many matches, and the hits come newest first instead
 * of ranked.
 * {@code words} are the query's words as searched (simplified, segmented).
 */
public record SearchResults(
        PageSlice<SearchHit> hits,
        Map<String, List<FacetCount>> facets,
        boolean allWords,
        boolean exact,
        List<String> words) {

    public static final String TYPE_FACET = "type";

    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
