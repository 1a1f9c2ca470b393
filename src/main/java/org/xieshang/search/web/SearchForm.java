package org.xieshang.search.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xieshang.search.SearchQuery;

/** The search box and its filters, as query parameters; empty means "any". */
public record SearchForm(
        @Size(max = 200, message = "{search.invalid.q}") String q,

        @Pattern(regexp = "|[a-z][a-z0-9_-]{0,39}", message = "{search.invalid.type}")
        String type,

        @Pattern(regexp = "|\\d{4}", message = "{search.invalid.year}")
        String year,

        @Size(max = 100, message = "{search.invalid.facet}") String status,
        @Size(max = 100, message = "{search.invalid.facet}") String category,
        @Size(max = 100, message = "{search.invalid.facet}") String unit) {

    SearchQuery query() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(SearchQuery.YEAR, year);
        facets.put(SearchQuery.STATUS, status);
        facets.put(SearchQuery.CATEGORY, category);
        facets.put(SearchQuery.UNIT, unit);
        return new SearchQuery(q, type, facets);
    }

    /** Nothing asked yet: the page shows the empty search box instead of every record. */
    boolean isEmpty() {
        SearchQuery query = query();
        return query.text().isEmpty() && query.type() == null && query.facets().isEmpty();
    }

    /** The filters again, for the pager's links. */
    Map<String, String> asParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        parameters.put("type", type);
        parameters.put("year", year);
        parameters.put("status", status);
        parameters.put("category", category);
        parameters.put("unit", unit);
        return parameters;
    }
}
