package org.xieshang.member;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.xieshang.support.BrowserTest;

/** A staff member signs in on a phone-sized screen, opens the roster, filters it by sector and turns on large font. */
class RosterJourneyTests extends BrowserTest {

    @Test
    void staffFilterTheRosterBySectorAndSwitchToLargeFont() {
        signIn("staff", "Xieshang@2022");

        page.click("nav.main a[href='/members']");
        assertThat(page.locator("h1")).containsText("委员名册");
        Locator rows = page.locator("#roster tbody tr");
        assertThat(rows.first()).isVisible();

        page.selectOption("#sector", new com.microsoft.playwright.options.SelectOption().setLabel("民革"));
        page.click("form.filters button[type=submit]");
        page.waitForURL(url -> url.contains("sector="));
        int shown = rows.count();
        assertThat(shown).isPositive();
        for (int i = 0; i < shown; i++) {
            assertThat(rows.nth(i)).containsText("民革");
        }

        double normal = fontSize();
        page.click("#large-font-toggle");
        page.waitForLoadState();
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("large-font"));
        assertThat(fontSize()).isGreaterThan(normal * 1.2);
        screenshot("roster-large-font");

        // the choice is kept for the user: a new visit shows large font again
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasClass(java.util.regex.Pattern.compile("large-font"));
        page.click("#large-font-toggle");
        assertThat(page.locator("html")).not().hasClass(java.util.regex.Pattern.compile("large-font"));
    }

    private double fontSize() {
        return Double.parseDouble(((String) page.evaluate("getComputedStyle(document.querySelector('main')).fontSize"))
                .replace("px", ""));
    }
}
