package org.xieshang.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user looks for: words in either script (blank lists everything they may see, newest first), and optional
 * filters: a record type and facet values that must match exactly.
 */
public record SearchQuery(String text, String type, Map<String, String> facets) {

    public static final String YEAR = "year";
    public static final String STATUS = "status";
    public static final String CATEGORY = "category";
    public static final String UNIT = "unit";

    /** The facets the search page filters by and counts. */
    public static final List<String> FILTER_FACETS = List.of(YEAR, STATUS, CATEGORY, UNIT);

    public SearchQuery {
        text = text == null ? "" : text.strip();
        type = type == null || type.isBlank() ? null : type.strip();
        Map<String, String> clean = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    clean.put(name, value.strip());
                }
            });
        }
        facets = Map.copyOf(clean);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, Map.of());
    }

    public SearchQuery ofType(String recordType) {
        return new SearchQuery(text, recordType, facets);
    }

    public SearchQuery with(String facet, String value) {
        Map<String, String> more = new LinkedHashMap<>(facets);
        more.put(facet, value);
        return new SearchQuery(text, type, more);
    }
}
