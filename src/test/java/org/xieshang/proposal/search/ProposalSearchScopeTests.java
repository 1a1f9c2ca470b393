package org.xieshang.proposal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.search.Search;
import org.xieshang.search.SearchHit;
import org.xieshang.shared.Paging;
import org.xieshang.support.IntegrationTest;
import org.xieshang.support.SignedIn;

/**
 * The index gives every demo account exactly the proposals {@code ProposalScope} gives them: listing everything finds
 * the same records as the proposal list, and every hit of a word search opens (the core and the page agree).
 */
@IntegrationTest
class ProposalSearchScopeTests {

    static final List<String> WORDS = List.of("建议", "协商", "加强", "教育", "交通");

    @Autowired
    Search search;

    @Autowired
    ProposalQueries queries;

    @Autowired
    SearchProbe probe;

    @Autowired
    MockMvc mvc;

    @Test
    void everyAccountFindsExactlyTheProposalsItMayOpen() {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            Set<Long> visible = new HashSet<>();
            SignedIn.run(account, () -> queries.forEach(ProposalFilter.none(), p -> visible.add(p.id())));
            Set<Long> found = ids(probe.everyHit(account, "proposal", ""));
            assertThat(found).as(username).isEqualTo(visible);
        }
    }

    @Test
    void everyHitOfAWordSearchOpens() throws Exception {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            for (String word : WORDS) {
                // listing everything already equals the scope; here the words' hits open through the core and the page
                List<SearchHit> hits = probe.firstHits(account, "proposal", word);
                for (SearchHit hit : hits.subList(0, Math.min(40, hits.size()))) {
                    assertThat(probe.opens(account, hit.id(), queries::details))
                            .as(username + " " + word + " " + hit.id())
                            .isTrue();
                }
                for (SearchHit hit : hits.subList(0, Math.min(2, hits.size()))) {
                    mvc.perform(get(hit.link()).with(user(account))).andExpect(status().isOk());
                }
            }
        }
    }

    @Test
    void whatTheListShowsIsFoundByItsTitle() {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            List<ProposalSummary> shown = SignedIn.as(
                    account,
                    () -> queries.find(ProposalFilter.none(), Paging.of(1, 5)).items());
            for (ProposalSummary proposal : shown) {
                assertThat(probe.firstHits(account, "proposal", proposal.title()))
                        .as(username + " " + proposal.title())
                        .extracting(SearchHit::id)
                        .contains(proposal.id());
            }
        }
    }

    @Test
    void theDemoProposalsAreIndexed() {
        XieshangUser staff = probe.account("staff");
        assertThat(probe.everyHit(staff, "proposal", "")).hasSizeGreaterThanOrEqualTo(520);
    }

    private static Set<Long> ids(List<SearchHit> hits) {
        Set<Long> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        return ids;
    }
}
