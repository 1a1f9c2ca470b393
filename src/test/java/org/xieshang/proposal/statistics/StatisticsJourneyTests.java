package org.xieshang.proposal.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.support.BrowserTest;

/** On a phone: the proposal office opens 提案统计, reads 520 / 415 / 16 and 46 / 7, and follows a figure to its list. */
@org.junit.jupiter.api.Order(1) // checks the demo figures before journeys add records
class StatisticsJourneyTests extends BrowserTest {

    @Test
    void theProposalOfficeFollowsAFigureToTheProposalsBehindIt() {
        signIn("staff", "Xieshang@2022");
        page.click("nav.main a[href='/proposals/statistics']");
        assertThat(page.locator("#total-COLLECTED").textContent()).isEqualTo("520");
        assertThat(page.locator("#total-FILED").textContent()).isEqualTo("415");
        assertThat(page.locator("#total-KEY").textContent()).isEqualTo("16");
        assertThat(page.locator("#total-PARTY_COLLECTIVE").textContent()).isEqualTo("46");
        assertThat(page.locator("#total-PARTY_COLLECTIVE_KEY").textContent()).isEqualTo("7");
        screenshot("proposal-statistics");

        page.click("#total-PARTY_COLLECTIVE_KEY");
        assertThat(page.locator("#total").textContent()).contains("7");
        assertThat(page.locator("#rows tbody tr").count()).isEqualTo(7);
        screenshot("proposal-statistics-list");
    }
}
