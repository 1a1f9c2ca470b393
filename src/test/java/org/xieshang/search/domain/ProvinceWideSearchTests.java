package org.xieshang.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.FacetCount;
import org.xieshang.search.Search;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchHit;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.shared.Paging;
import org.xieshang.support.Fixtures;

/**
 * A search over many committees finds, counts and ranks what the same search in each committee would, and the hits of
 * a counted search are ranked among exactly the matches that were counted (read again by id).
 */
@org.xieshang.support.IntegrationTest
class ProvinceWideSearchTests {

    private static final OffsetDateTime START = OffsetDateTime.of(2023, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    Fixtures fixtures;

    /** The committees are the test's own, so no other test's record holds the word there. */
    final List<Long> committees = new ArrayList<>();

    final String word = "桥梁";
    long ids;

    @BeforeEach
    void threeCommitteesOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            committees.add(fixtures.committee());
        }
        ids = System.nanoTime() % 1_000_000_000L * 1000;
    }

    @Test
    void aLeaderOfSeveralCommitteesSeesWhatTheirLeadersSeeTogetherAndNothingElse() {
        for (long committee : committees) {
            put(committee, "关于" + word + "维护的建议", "维护。", Set.of(AccessTokens.committeeRole(committee, "LEADER")), 0);
            put(committee, "关于" + word + "安全的建议", "安全。", Set.of(AccessTokens.committeeRole(committee, "STAFF")), 1);
            put(committee, word + "公开信息", word + "公开。", Set.of(AccessTokens.PUBLIC), 2);
        }
        long outside = fixtures.committee();
        put(outside, "关于" + word + "的建议", "外地。", Set.of(AccessTokens.PUBLIC), 3);

        SearchResults together = search.find(leader(Set.copyOf(committees)), SearchQuery.of(word), new Paging(1, 20));

        long alone = 0;
        for (long committee : committees) {
            alone += search.find(leader(Set.of(committee)), SearchQuery.of(word), new Paging(1, 20))
                    .hits()
                    .total();
        }
        assertThat(together.exact()).isTrue();
        assertThat(together.hits().total()).isEqualTo(6).isEqualTo(alone);
        assertThat(together.hits().items())
                .extracting(SearchHit::committeeId)
                .containsOnly(committees.toArray(Long[]::new))
                .hasSize(6);
        assertThat(together.hits().items()).extracting(SearchHit::title).noneMatch(t -> t.contains("安全"));
        assertThat(together.facet("type")).containsExactly(new FacetCount("proposal", 6));
    }

    @Test
    void rankedPagesFollowOneOrderOverEveryCountedMatch() {
        long committee = committees.get(0);
        // long bodies (stored outside the row) and short ones; the word in the title or only in the body
        for (int i = 0; i < 9; i++) {
            String title = i % 3 == 0 ? "关于" + word + "的建议之" + i : "关于城市建设的建议之" + i;
            String body = (i % 2 == 0 ? "城市建设的情况。".repeat(200) : "") + "建议加强" + word + "管理。".repeat(1 + i);
            put(committee, title, body, Set.of(AccessTokens.PUBLIC), i);
        }
        XieshangUser leader = leader(Set.copyOf(committees));
        SearchQuery query = SearchQuery.of(word);

        List<SearchHit> whole =
                search.find(leader, query, new Paging(1, 20)).hits().items();
        List<SearchHit> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            paged.addAll(search.find(leader, query, new Paging(page, 4)).hits().items());
        }

        assertThat(whole).hasSize(9);
        assertThat(paged).extracting(SearchHit::id).containsExactlyElementsOf(ids(whole));
        assertThat(whole).extracting(SearchHit::score).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(whole).allMatch(hit -> hit.snippetHtml().contains("<mark>" + word + "</mark>"));
    }

    @Test
    void aCountedSearchWithAFilterRanksOnlyTheMatchesThatPassIt() {
        long committee = committees.get(1);
        put(committee, "关于" + word + "改造的建议", word + "。", Set.of(AccessTokens.PUBLIC), 0, Map.of("category", "经济"));
        put(committee, "关于" + word + "绿化的建议", word + "。", Set.of(AccessTokens.PUBLIC), 1, Map.of("category", "生态文明"));

        SearchResults economic = search.find(
                leader(Set.copyOf(committees)), SearchQuery.of(word).with("category", "经济"), new Paging(1, 20));

        assertThat(economic.hits().total()).isEqualTo(1);
        assertThat(economic.hits().items()).extracting(SearchHit::title).containsExactly("关于" + word + "改造的建议");
    }

    private void put(long committee, String title, String body, Set<String> tokens, int day) {
        put(committee, title, body, tokens, day, Map.of());
    }

    private void put(
            long committee, String title, String body, Set<String> tokens, int day, Map<String, String> facets) {
        long id = ++ids;
        index.put(new SearchDocument(
                "proposal", id, committee, title, body, facets, tokens, "/proposals/" + id, START.plusDays(day)));
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    private static XieshangUser leader(Set<Long> visible) {
        return new XieshangUser(
                987_654_321L,
                "province-leader",
                "",
                "leader",
                visible.iterator().next(),
                visible,
                null,
                null,
                Set.of(Role.LEADER),
                Set.of(),
                true,
                false);
    }
}
