package org.xieshang.opinion.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.xieshang.support.BrowserTest;

/**
 * The journey of issue 4 with the demo accounts: {@code member} submits a report, {@code info} (泸州's information
 * office) edits, signs off and accepts it, compiles and publishes an issue, reports it upward; {@code sc-staff}
 * (四川省政协) records a single-piece adoption with a provincial leader's instruction; {@code member} then sees the
 * adoption and the points on their page.
 */
class OpinionJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Xieshang@2022";

    @Test
    void aReportGoesFromAMemberToAProvincialAdoptionAndBack() {
        String tag = String.valueOf(System.nanoTime() % 1_000_000_000L);
        String title = "城区老旧小区加装电梯推进缓慢" + tag;

        signIn("member", PASSWORD);
        page.navigate(url("/opinion/mine"));
        page.click("#new-report");
        page.fill("#title", title);
        page.fill("#facts", "全市2000年前建成的老旧小区约1200个，已加装电梯的不足一成。");
        page.fill("#analysis", "业主意见难统一、审批环节多、资金分摊机制不明确。");
        page.fill("#suggestions", "一是简化审批流程；二是明确财政补助标准；三是建立低楼层住户补偿机制。");
        page.selectOption("#category", "URBAN");
        screenshot("opinion-form");
        page.click("#submit-report");
        assertThat(page.locator(".flash").first().textContent()).contains("已提交");
        String reportPath = page.url().substring(page.url().indexOf("/opinion/reports/"));
        String reportId = reportPath.substring(reportPath.lastIndexOf('/') + 1);

        switchTo("info");
        page.navigate(url("/opinion/office?q=" + tag));
        page.locator("#report-list a", new Page.LocatorOptions().setHasText(title))
                .click();
        page.click("#review-report");
        assertThat(page.inputValue("#title")).isEqualTo("关于" + title + "的建议");
        screenshot("opinion-review");
        page.click("#save-edit");
        page.click("#sign-off");
        page.click("#accept");
        assertThat(page.locator("#report-state").textContent()).isEqualTo("已录用");

        page.navigate(url("/opinion/issues/new?q=" + tag));
        page.check("input[name=reportIds][value='" + reportId + "']");
        page.click("#create-issue");
        page.click("#publish-issue");
        assertThat(page.locator("#issue-title").textContent()).matches("\\d{4}年第\\d+期");
        screenshot("opinion-issue");

        page.navigate(url(reportPath));
        page.click("#report-upward");
        assertThat(page.locator(".flash").first().textContent()).contains("已报送");

        switchTo("sc-staff");
        page.navigate(url("/opinion/incoming?q=" + tag));
        page.locator("#report-list a", new Page.LocatorOptions().setHasText(tag))
                .click();
        page.selectOption("#kind", "SINGLE");
        page.click("#record-adoption");
        assertThat(page.locator("#report-state").textContent()).isEqualTo("已采用");
        page.selectOption("#rank", "PROVINCIAL");
        page.fill("#leaderTitle", "副省长");
        page.fill("#text", "请省住房城乡建设厅研究吸纳。");
        page.click("#record-instruction");
        assertThat(page.locator("#report-levels").textContent()).contains("省领导").contains("副省长");
        screenshot("opinion-adopted");

        switchTo("member");
        page.navigate(url("/opinion/mine?q=" + tag));
        Locator row = page.locator("tr.my-report", new Page.LocatorOptions().setHasText(tag));
        assertThat(row.textContent()).contains("单篇采用").contains("请省住房城乡建设厅研究吸纳。");
        // 《社情民意》 1 + provincial adoption 5 + provincial leader's instruction 10
        assertThat(row.locator(".report-points").textContent()).startsWith("16");
        screenshot("opinion-member-sees-adoption");
    }

    @Test
    void theInformationOfficeSeesThe2022FiguresAndTheProvincialRanking() {
        signIn("info", PASSWORD);
        page.navigate(url("/opinion/statistics?year=2022"));
        assertThat(Integer.parseInt(page.locator("#figure-received strong").textContent()))
                .isGreaterThanOrEqualTo(2800);
        assertThat(page.locator("#figure-adopted-NATIONAL").textContent()).isEqualTo("34");
        assertThat(page.locator("#figure-adopted-PROVINCIAL").textContent()).isEqualTo("160");
        assertThat(page.locator("#ranking-committees tbody tr").first().textContent())
                .contains("1")
                .contains("政协泸州市委员会");
        screenshot("opinion-statistics-2022");
        // the first screen as a phone shows it (the full page is long: every category, submitter type and ranking)
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", "opinion-statistics-2022-top.png")));
        page.click("#figure-adopted-NATIONAL");
        assertThat(page.locator(".actions .muted").textContent()).contains("共 34 条");
    }

    private void switchTo(String username) {
        page.context().clearCookies();
        signIn(username, PASSWORD);
    }
}
