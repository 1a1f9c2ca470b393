package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xieshang.search.SearchDocs.doc;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.shared.Paging;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The search box: both scripts, ranking, filters and their counts, paging, the AND-then-OR rule, snippets. */
@IntegrationTest
class SearchTests {

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    Fixtures fixtures;

    long committee;
    XieshangUser member;

    @BeforeEach
    void committeeOfItsOwn() {
        committee = fixtures.committee();
        member = fixtures.user(committee, Role.MEMBER);
    }

    private SearchResults find(String text) {
        return search.find(member, SearchQuery.of(text), new Paging(1, 20));
    }

    private static java.util.List<Long> ids(SearchResults results) {
        return results.hits().items().stream().map(SearchHit::id).toList();
    }

    @Test
    void traditionalTextIsFoundWithSimplifiedWordsAndTheOtherWayRound() {
        SearchDocument traditional = doc("proposal", committee, "關於推進基層協商的建議", "建議各區縣擴大協商議事室覆蓋面。");
        SearchDocument simplified = doc("proposal", committee, "关于加强社区养老服务的建议", "社区养老服务设施不足。");
        index.put(traditional);
        index.put(simplified);

        assertThat(ids(find("协商"))).containsExactly(traditional.id());
        assertThat(ids(find("協商"))).containsExactly(traditional.id());
        assertThat(ids(find("養老服務"))).containsExactly(simplified.id());
        assertThat(find("协商").hits().items().get(0).titleHtml()).isEqualTo("關於推進基層<mark>協商</mark>的建議");
    }

    @Test
    void aMatchInTheTitleRanksAboveAMatchInTheBody() {
        SearchDocument inBody = doc("proposal", committee, "关于改善城市交通的建议", "建议在老旧小区加装电梯，方便老年人出行。");
        SearchDocument inTitle = doc("proposal", committee, "关于老旧小区加装电梯的建议", "很多老年人出行困难，需要各方支持。");
        index.put(inBody);
        index.put(inTitle);

        assertThat(ids(find("加装电梯"))).containsExactly(inTitle.id(), inBody.id());
    }

    @Test
    void filtersNarrowTheHitsAndFacetCountsSayHowManyCarryEachValue() {
        index.put(doc(
                "proposal",
                committee,
                "关于发展乡村旅游的建议",
                "乡村旅游",
                Map.of("category", "经济", "status", "已立案"),
                Set.of(AccessTokens.PUBLIC)));
        index.put(doc(
                "proposal",
                committee,
                "关于乡村旅游厕所的建议",
                "乡村旅游",
                Map.of("category", "社会", "status", "已立案"),
                Set.of(AccessTokens.PUBLIC)));
        index.put(
                doc("opinion", committee, "乡村旅游旺季交通拥堵", "乡村旅游", Map.of("category", "社会"), Set.of(AccessTokens.PUBLIC)));

        SearchResults all = find("乡村旅游");
        assertThat(all.hits().total()).isEqualTo(3);
        assertThat(all.facet("type")).containsExactly(new FacetCount("proposal", 2), new FacetCount("opinion", 1));
        assertThat(all.facet("category")).containsExactly(new FacetCount("社会", 2), new FacetCount("经济", 1));
        assertThat(all.facet("year")).containsExactly(new FacetCount("2022", 3));

        SearchResults social = search.find(
                member, SearchQuery.of("乡村旅游").ofType("proposal").with("category", "社会"), new Paging(1, 20));
        assertThat(social.hits().total()).isEqualTo(1);
        assertThat(social.hits().items().get(0).title()).isEqualTo("关于乡村旅游厕所的建议");
        assertThat(social.facet("status")).containsExactly(new FacetCount("已立案", 1));

        assertThat(search.find(member, SearchQuery.of("乡村旅游").with("year", "2021"), new Paging(1, 20))
                        .hits()
                        .total())
                .isZero();
    }

    @Test
    void pagesWalkThroughEveryHitOnce() {
        for (int i = 0; i < 7; i++) {
            index.put(doc("proposal", committee, "关于河道治理的建议之" + i, "河道治理需要长效机制。"));
        }
        SearchResults first = search.find(member, SearchQuery.of("河道治理"), new Paging(1, 3));
        SearchResults third = search.find(member, SearchQuery.of("河道治理"), new Paging(3, 3));
        SearchResults beyond = search.find(member, SearchQuery.of("河道治理"), new Paging(4, 3));

        assertThat(first.hits().total()).isEqualTo(7);
        assertThat(first.hits().items()).hasSize(3);
        assertThat(third.hits().items()).hasSize(1);
        assertThat(beyond.hits().items()).isEmpty();
        assertThat(beyond.hits().total()).isEqualTo(7);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int page = 1; page <= 3; page++) {
            seen.addAll(ids(search.find(member, SearchQuery.of("河道治理"), new Paging(page, 3))));
        }
        assertThat(seen).hasSize(7);
    }

    @Test
    void whenNoRecordHoldsEveryWordRecordsHoldingAnyOfThemAreShown() {
        SearchDocument parking = doc("proposal", committee, "关于缓解停车难的建议", "医院周边停车位紧张。");
        index.put(parking);

        SearchResults both = find("停车 冰雪运动");
        assertThat(both.allWords()).isFalse();
        assertThat(ids(both)).containsExactly(parking.id());
        assertThat(find("停车 医院").allWords()).isTrue();
    }

    @Test
    void snippetsMarkTheWordsAndEscapeEverythingElse() {
        String body = "前言。".repeat(60) + "<script>alert(1)</script>建议完善垃圾分类设施，垃圾分类要常态化。" + "结语。".repeat(60);
        index.put(doc("proposal", committee, "关于<b>垃圾分类</b>的建议", body));

        SearchHit hit = find("垃圾分类").hits().items().get(0);
        assertThat(hit.titleHtml()).isEqualTo("关于&lt;b&gt;<mark>垃圾分类</mark>&lt;/b&gt;的建议");
        assertThat(hit.snippetHtml())
                .startsWith("…")
                .endsWith("…")
                .contains("(1)&lt;/script&gt;建议完善<mark>垃圾分类</mark>设施，<mark>垃圾分类</mark>要常态化")
                .doesNotContain("<script>", "</script>");
    }

    @Test
    void withoutWordsTheFiltersListRecordsNewestFirst() {
        SearchDocument older = new SearchDocument(
                "opinion",
                SearchDocs.nextId(),
                committee,
                "较早的信息",
                "",
                Map.of(),
                Set.of(AccessTokens.PUBLIC),
                null,
                SearchDocs.IN_2022.minusMonths(2));
        SearchDocument newer = new SearchDocument(
                "opinion",
                SearchDocs.nextId(),
                committee,
                "较新的信息",
                "",
                Map.of(),
                Set.of(AccessTokens.PUBLIC),
                null,
                SearchDocs.IN_2022);
        index.put(older);
        index.put(newer);

        assertThat(ids(search.find(member, SearchQuery.of("").ofType("opinion"), new Paging(1, 20))))
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void puttingARecordAgainReplacesItsDocumentAndRemovingItTakesItOut() {
        SearchDocument first = doc("proposal", committee, "关于公交线路的建议", "增加公交线路。");
        index.put(first);
        index.put(new SearchDocument(
                "proposal",
                first.id(),
                committee,
                "关于夜间公交的建议",
                "开通夜班车。",
                Map.of(),
                first.accessTokens(),
                first.link(),
                first.at()));

        assertThat(ids(find("线路"))).isEmpty();
        assertThat(ids(find("夜班车"))).containsExactly(first.id());
        assertThat(index.remove("proposal", first.id())).isTrue();
        assertThat(ids(find("夜班车"))).isEmpty();
    }
}
