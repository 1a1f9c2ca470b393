package org.xieshang.search;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Documents for the tests: ids no other test uses, a committee of the test's own, the public token by default. */
final class SearchDocs {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    static final OffsetDateTime IN_2022 = OffsetDateTime.of(2022, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private SearchDocs() {}

    static long nextId() {
        return IDS.incrementAndGet();
    }

    static SearchDocument doc(String type, long committee, String title, String body) {
        return doc(type, committee, title, body, Map.of(), Set.of(AccessTokens.PUBLIC));
    }

    static SearchDocument doc(
            String type, long committee, String title, String body, Map<String, String> facets, Set<String> tokens) {
        long id = nextId();
        return new SearchDocument(type, id, committee, title, body, facets, tokens, "/" + type + "/" + id, IN_2022);
    }
}
