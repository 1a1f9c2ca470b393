package org.xieshang.search.domain;

import java.util.Map;

/**
 * A text to compare with the index: the type and committee of records to look among, facet values they must have
 * ({@code meeting}), a facet they must carry at all (null: any), the record itself to leave out (null: none), and who
 * looks (null: a module asking on its own account, without an actor's access tokens).
 */
public record Probe(
        String type,
        long committeeId,
        Map<String, String> scope,
        String requiredFacet,
        Long excludedId,
        AccessScope access,
        String title,
        String body) {

    public Probe {
        scope = scope == null ? Map.of() : Map.copyOf(scope);
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    public static Probe of(String type, long committeeId, Map<String, String> scope, String title, String body) {
        return new Probe(type, committeeId, scope, null, null, null, title, body);
    }

    public Probe requiring(String facet) {
        return new Probe(type, committeeId, scope, facet, excludedId, access, title, body);
    }

    public Probe excluding(long recordId) {
        return new Probe(type, committeeId, scope, requiredFacet, recordId, access, title, body);
    }

    public Probe seenBy(AccessScope scope) {
        return new Probe(type, committeeId, this.scope, requiredFacet, excludedId, scope, title, body);
    }
}
