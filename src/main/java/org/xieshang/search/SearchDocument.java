package org.xieshang.search;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a module puts into the index for one of its records. {@code type} names the kind of record ({@code proposal},
 * {@code opinion}); with {@code id} it identifies the document. {@code facets} are the values users filter by, shown
 * as stored (so store display values: {@code category=经济}, {@code unit=市教育局}); {@code year} is taken from {@code at}
 * when absent. {@code accessTokens} say who may see the hit (see {@link AccessTokens}); {@code link} is the platform
 * path of the record's page.
 */
public record SearchDocument(
        String type,
        long id,
        long committeeId,
        String title,
        String body,
        Map<String, String> facets,
        Set<String> accessTokens,
        String link,
        OffsetDateTime at) {

    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    static final Pattern FACET = Pattern.compile("[a-z][a-zA-Z0-9_-]{0,39}");

    public SearchDocument {
        requireType(type);
        Objects.requireNonNull(title, "title");
        body = body == null ? "" : body;
        facets = cleanFacets(facets);
        accessTokens = Set.copyOf(Objects.requireNonNull(accessTokens, "accessTokens"));
        if (accessTokens.isEmpty() || accessTokens.stream().anyMatch(String::isBlank)) {
            // a document nobody may see is a mistake of the calling module, not something to index silently
            throw new IllegalArgumentException("A search document needs at least one access token");
        }
        if (link != null && !isPlatformPath(link)) {
            throw new IllegalArgumentException("A search document links to a platform path, not " + link);
        }
    }

    static void requireType(String type) {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Not a record type: " + type);
        }
    }

    /** Links are shown to users: only paths of this site, so no script or foreign address can hide in one. */
    private static boolean isPlatformPath(String link) {
        return link.startsWith("/") && !link.startsWith("//") && link.chars().noneMatch(c -> c == '\\' || c < ' ');
    }

    private static Map<String, String> cleanFacets(Map<String, String> facets) {
        Map<String, String> clean = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach((name, value) -> {
                if (name == null || !FACET.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a facet name: " + name);
                }
                if (value != null && !value.isBlank()) {
                    clean.put(name, value.strip());
                }
            });
        }
        return Map.copyOf(clean);
    }
}
