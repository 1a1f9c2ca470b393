package org.xieshang.search;

import java.util.List;
import java.util.Map;
import org.xieshang.shared.PageSlice;

/**
 * A page of hits with the total, and for the filters ({@code type} and {@link SearchQuery#FILTER_FACETS}) the count of
 * hits per value. {@code allWords} is false when no record held every word and the hits hold any of them instead.
 */
public record SearchResults(
        PageSlice<SearchHit> hits, Map<String, List<FacetCount>> facets, boolean allWords, List<String> words) {

    public static final String TYPE_FACET = "type";

    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
