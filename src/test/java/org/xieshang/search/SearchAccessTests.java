package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.xieshang.search.SearchDocs.doc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.search.domain.AccessScope;
import org.xieshang.search.domain.FullTextSearch;
import org.xieshang.shared.Paging;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * A user never sees a hit they could not open: not in the hits, not in the total, not in a facet count. And the index
 * changes with the caller's transaction.
 */
@IntegrationTest
class SearchAccessTests {

    @Autowired
    SearchIndex index;

    @Autowired
    Search search;

    @Autowired
    FullTextSearch fullText;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Fixtures fixtures;

    long committee;
    XieshangUser member;
    XieshangUser staff;

    @BeforeEach
    void committeeOfItsOwn() {
        committee = fixtures.committee();
        member = fixtures.user(committee, Role.MEMBER);
        staff = fixtures.user(committee, Role.STAFF);
    }

    private SearchResults find(XieshangUser user, String text) {
        return search.find(user, SearchQuery.of(text), new Paging(1, 20));
    }

    @Test
    void aHitWithoutAMatchingTokenIsNeitherShownNorCounted() {
        index.put(doc(
                "proposal",
                committee,
                "关于饮用水安全的建议",
                "饮用水",
                Map.of("category", "社会"),
                Set.of(AccessTokens.committeeRole(committee, "STAFF"))));
        index.put(doc(
                "proposal", committee, "关于饮用水水源保护的建议", "饮用水", Map.of("category", "生态文明"), Set.of(AccessTokens.PUBLIC)));

        SearchResults forMember = find(member, "饮用水");
        assertThat(forMember.hits().total()).isEqualTo(1);
        assertThat(forMember.hits().items()).extracting(SearchHit::title).containsExactly("关于饮用水水源保护的建议");
        assertThat(forMember.facet("category")).containsExactly(new FacetCount("生态文明", 1));
        assertThat(find(staff, "饮用水").hits().total()).isEqualTo(2);
    }

    @Test
    void aUserSeesTheirOwnRecordsAndNoOneElses() {
        SearchDocument own = doc(
                "proposal", committee, "关于校园周边交通安全的建议", "校园交通", Map.of(), Set.of(AccessTokens.user(member.userId())));
        SearchDocument others =
                doc("proposal", committee, "关于校园食品安全的建议", "校园食品", Map.of(), Set.of(AccessTokens.user(staff.userId())));
        index.put(own);
        index.put(others);

        assertThat(find(member, "校园").hits().items()).extracting(SearchHit::id).containsExactly(own.id());
        assertThat(find(member, "校园").hits().total()).isEqualTo(1);
    }

    @Test
    void recordsOfACommitteeOutsideTheDataScopeStayHiddenWhateverTheirTokens() {
        long elsewhere = fixtures.committee();
        index.put(doc("proposal", elsewhere, "关于古镇保护的建议", "古镇保护", Map.of(), Set.of(AccessTokens.PUBLIC)));

        assertThat(find(member, "古镇保护").hits().total()).isZero();
        assertThat(find(fixtures.user(elsewhere, Role.MEMBER), "古镇保护").hits().total())
                .isEqualTo(1);
    }

    @Test
    void aModulesTokensOpenOnlyThatModulesRecordTypes() {
        index.put(doc("proposal", committee, "关于防汛抢险的建议", "防汛", Map.of(), Set.of("unit:77")));
        index.put(doc("opinion", committee, "防汛物资储备不足", "防汛", Map.of(), Set.of("unit:77")));
        AccessScope holdsUnitForProposals = new AccessScope(
                Set.of(committee),
                Set.of(AccessTokens.PUBLIC),
                List.of(new AccessScope.Grant(Set.of("proposal"), Set.of("unit:77"))));

        SearchResults found = fullText.find(holdsUnitForProposals, SearchQuery.of("防汛"), new Paging(1, 20));
        assertThat(found.hits().items()).extracting(SearchHit::type).containsExactly("proposal");
        assertThat(found.hits().total()).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesTheIndexAsItWas() {
        SearchDocument rolledBack = doc("proposal", committee, "关于湿地公园建设的建议", "湿地公园");
        transaction.executeWithoutResult(status -> {
            index.put(rolledBack);
            assertThat(find(member, "湿地公园").hits().total()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(find(member, "湿地公园").hits().total()).isZero();

        transaction.executeWithoutResult(status -> index.put(rolledBack));
        assertThat(find(member, "湿地公园").hits().total()).isEqualTo(1);
    }

    @Test
    void aDocumentNobodyCouldSeeOrWithAForeignLinkIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new SearchDocument("proposal", 1, committee, "标题", "", Map.of(), Set.of(), "/p/1", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SearchDocument(
                        "proposal", 1, committee, "标题", "", Map.of(), Set.of("public"), "javascript:alert(1)", null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SearchDocument(
                        "proposal", 1, committee, "标题", "", Map.of(), Set.of("public"), "//evil.example/x", null));
    }
}
