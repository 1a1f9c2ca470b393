package org.xieshang.search.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form being written sends to the similar-records fragment: the record type, the text so far, and scope
 * values as {@code facet:value} ({@code scope=meeting:12}, repeatable) that similar records must share.
 */
public record SimilarForm(
        @Pattern(regexp = "|[a-z][a-z0-9_-]{0,39}", message = "{search.invalid.type}")
        String type,

        @Size(max = 500, message = "{search.invalid.title}") String title,

        @Size(max = 20000, message = "{search.invalid.body}")
        String body,

        List<@Pattern(regexp = "[a-z][a-zA-Z0-9_-]{0,39}:.{1,100}", message = "{search.invalid.scope}") String> scope,
        Long committeeId) {

    boolean isEmpty() {
        return type == null || type.isBlank() || (blank(title) && blank(body));
    }

    Map<String, String> scopeFacets() {
        Map<String, String> facets = new LinkedHashMap<>();
        if (scope != null) {
            for (String pair : scope) {
                int colon = pair.indexOf(':');
                facets.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return facets;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
