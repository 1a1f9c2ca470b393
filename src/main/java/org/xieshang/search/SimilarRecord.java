package org.xieshang.search;

import java.util.Map;

/** A record that looks like the text given, with the cosine similarity of their weighted words (0..1). */
public record SimilarRecord(
        String type, long id, String title, String link, Map<String, String> facets, double score) {}
