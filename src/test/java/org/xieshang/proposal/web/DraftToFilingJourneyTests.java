package org.xieshang.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.support.BrowserTest;

/**
 * With the demo accounts: {@code member} drafts a joint proposal with {@code member2} as co-signer, {@code member2}
 * confirms, {@code member} submits and sees the running number, {@code staff} files it and sees the official number.
 */
class DraftToFilingJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Xieshang@2022";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJointProposalIsDraftedCoSignedSubmittedAndFiled() {
        String title = "关于完善城区停车设施的提案-" + System.nanoTime();
        long coSigner = jdbc.sql("select member_id from app_user where username = 'member2'")
                .query(Long.class)
                .single();

        signIn("member", PASSWORD);
        page.navigate(url("/proposals/mine"));
        page.click("#new-proposal");
        page.selectOption("#kind", "JOINT");
        page.fill("#title", title);
        page.fill("#grounds", "城区停车位缺口较大，占道停车现象突出，联系电话13800000000。");
        page.fill("#suggestions", "一是规划建设立体停车场；二是推进错时共享停车。");
        page.selectOption("#category", "SOCIETY");
        page.selectOption("#coSignerMemberIds", String.valueOf(coSigner));
        screenshot("proposal-form");
        page.click("#save-draft");
        assertThat(page.locator("#form-signers").textContent()).contains("待确认");
        String editUrl = page.url();
        String proposalPath = editUrl.substring(editUrl.indexOf("/proposals/"), editUrl.lastIndexOf("/edit"));

        switchTo("member2");
        page.navigate(url("/proposals/mine"));
        assertThat(page.locator("#waiting").textContent()).contains(title).contains("待确认联名");
        page.locator("#waiting a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
                .click();
        page.click("#confirm-cosign");
        assertThat(page.locator("#signers").textContent()).doesNotContain("待确认");

        switchTo("member");
        page.navigate(url(proposalPath));
        page.click("#submit-proposal");
        assertThat(page.locator(".flash").first().textContent()).contains("流水号");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("待审查");

        switchTo("staff");
        page.navigate(url("/proposals/review?q=" + title.substring(title.lastIndexOf('-') + 1)));
        page.locator("#review-queue a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
                .click();
        page.click("#file-proposal");
        Locator number = page.locator("#official-number");
        assertThat(number.textContent()).matches(".+届.+次会议第\\d+号");
        assertThat(page.locator(".flash").first().textContent()).contains(number.textContent());
        assertThat(page.locator("#timeline").textContent()).contains("立案").contains("确认联名");
        screenshot("proposal-filed");
    }

    private void switchTo(String username) {
        page.context().clearCookies();
        signIn(username, PASSWORD);
    }
}
