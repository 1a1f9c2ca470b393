package org.xieshang.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchHit;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.shared.Paging;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;
import tools.jackson.databind.ObjectMapper;

/** A search counts and ranks a bounded number of matches; beyond it the total says "at least" and hits are newest. */
@IntegrationTest
class CountedMatchesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchText text;

    @Autowired
    Highlighter highlighter;

    @Autowired
    ObjectMapper json;

    @Autowired
    SearchIndex index;

    @Autowired
    Fixtures fixtures;

    @Test
    void moreMatchesThanAreCountedGiveALowerBoundAndTheNewestHitsFirst() {
        long committee = fixtures.committee();
        String type = "cap-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime start = OffsetDateTime.of(2022, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int day = 0; day < 5; day++) {
            // the newest record mentions the word only in passing: ranked, it would come last
            String body = day == 4 ? "其他事项，顺带提到防汛。" : "防汛防汛防汛，汛期防汛准备。";
            index.put(new SearchDocument(
                    type,
                    1000 + day,
                    committee,
                    "防汛工作之" + day,
                    body,
                    Map.of(),
                    Set.of(AccessTokens.PUBLIC),
                    null,
                    start.plusDays(day)));
        }
        AccessScope everyone = new AccessScope(Set.of(committee), Set.of(AccessTokens.PUBLIC), List.of());
        SearchQuery query = SearchQuery.of("防汛").ofType(type);

        SearchResults counted = search(5).find(everyone, query, new Paging(1, 2));
        SearchResults bounded = search(3).find(everyone, query, new Paging(1, 2));

        assertThat(counted.exact()).isTrue();
        assertThat(counted.hits().total()).isEqualTo(5);
        assertThat(counted.hits().items()).extracting(SearchHit::id).doesNotContain(1004L);
        assertThat(bounded.exact()).isFalse();
        assertThat(bounded.hits().total()).isEqualTo(3);
        assertThat(bounded.hits().items()).extracting(SearchHit::id).containsExactly(1004L, 1003L);
    }

    private FullTextSearch search(int countedMatches) {
        return new FullTextSearch(jdbc, text, highlighter, json, new SearchSettings(null, null, countedMatches));
    }
}
