package org.xieshang.search;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One record found. {@code titleHtml} and {@code snippetHtml} are the title and a passage of the body, HTML-escaped,
 * with the query's words wrapped in {@code <mark>}; {@code score} is the rank (0 when listing without words).
 */
public record SearchHit(
        String type,
        long id,
        long committeeId,
        String title,
        String titleHtml,
        String snippetHtml,
        Map<String, String> facets,
        String link,
        OffsetDateTime at,
        double score) {}
