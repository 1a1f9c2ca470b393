package org.xieshang.opinion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.ReportSummary;
import org.xieshang.proposal.search.SearchProbe;
import org.xieshang.search.Search;
import org.xieshang.search.SearchHit;
import org.xieshang.shared.Paging;
import org.xieshang.support.IntegrationTest;
import org.xieshang.support.SignedIn;

/**
 * The index gives every demo account exactly the reports the opinion module's read rule ({@code ReportScope}) gives
 * them — the information office all of its committee's (copies received from below included), anyone else their own —
 * and every hit of a word search opens.
 */
@IntegrationTest
class OpinionSearchScopeTests {

    static final List<String> WORDS = List.of("建议", "农村", "医疗");

    static final ReportFilter EVERYTHING =
            new ReportFilter(null, null, null, null, null, null, null, null, null, null, null, null, null);

    @Autowired
    Search search;

    @Autowired
    OpinionQueries queries;

    @Autowired
    SearchProbe probe;

    @Test
    void everyAccountFindsExactlyTheReportsItMayOpen() {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            Set<Long> visible = new HashSet<>();
            SignedIn.run(account, () -> queries.forEach(EVERYTHING, r -> visible.add(r.id())));
            Set<Long> found = new HashSet<>();
            probe.everyHit(account, "opinion", "").forEach(h -> found.add(h.id()));
            assertThat(found).as(username).isEqualTo(visible);
        }
    }

    @Test
    void everyHitOfAWordSearchOpens() {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            for (String word : WORDS) {
                for (SearchHit hit : probe.firstHits(account, "opinion", word)) {
                    assertThat(probe.opens(account, hit.id(), queries::detail))
                            .as(username + " " + word + " " + hit.id())
                            .isTrue();
                    assertThat(hit.link()).isEqualTo("/opinion/reports/" + hit.id());
                }
            }
        }
    }

    @Test
    void whatTheListShowsIsFoundByItsTitle() {
        for (String username : SearchProbe.ACCOUNTS) {
            XieshangUser account = probe.account(username);
            List<ReportSummary> shown = SignedIn.as(
                    account, () -> queries.find(EVERYTHING, Paging.of(1, 5)).items());
            for (ReportSummary report : shown) {
                assertThat(probe.firstHits(account, "opinion", report.title()))
                        .as(username + " " + report.title())
                        .extracting(SearchHit::id)
                        .contains(report.id());
            }
        }
    }

    @Test
    void theInformationOfficeFindsItsCommitteesDemoReports() {
        XieshangUser info = probe.account("info");
        assertThat(probe.everyHit(info, "opinion", "")).hasSizeGreaterThanOrEqualTo(2846);
    }
}
