package org.xieshang.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.support.BrowserTest;

/**
 * On a phone, without signing in: a citizen opens the portal, finds the published replies and leaves a clue; then the
 * proposal office (demo account staff) finds the clue waiting for screening.
 */
class PortalJourneyTests extends BrowserTest {

    @Test
    void aCitizenLeavesAClueThatTheOfficeThenScreens() {
        page.navigate(url("/portal"));
        assertThat(page.locator("h1").textContent()).isEqualTo("提案公开与线索征集");
        page.click("#portal-replies");
        assertThat(page.locator("h1").textContent()).isEqualTo("提案答复公开");
        screenshot("portal-replies");

        page.navigate(url("/portal"));
        page.click("#portal-clue");
        page.fill("#name", "陈七");
        page.fill("#contact", "chenqi-journey@example.com");
        page.fill("#title", "滨江路夜间照明不足");
        page.fill("#text", "滨江路部分路段路灯损坏，夜间行人出行不便，建议尽快维修并增设照明。");
        screenshot("portal-clue-form");
        page.click("button.primary");
        assertThat(page.locator(".flash").textContent()).contains("线索已收到");

        signIn("staff", "Xieshang@2022");
        page.navigate(url("/proposals/clues"));
        assertThat(page.locator("#clues").textContent()).contains("滨江路夜间照明不足", "待筛选");
        screenshot("portal-clue-screening");
    }
}
