package org.xieshang.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.support.BrowserTest;

/**
 * The whole journey of issue 3 with the demo accounts, in a phone-sized browser: {@code member} drafts a joint
 * proposal with {@code member2}, who confirms; {@code staff} files it and assigns {@code unit} (lead) with
 * {@code unit2} (co-unit); {@code unit2} sends its opinion and counter-signs; {@code unit} replies (class B, a phone
 * number in the letter); {@code supervisor} approves; {@code member} rates 不满意; the units handle it again and reply;
 * {@code member} rates 满意; the office publishes the reply, and the public page shows it with the number redacted.
 * Publishing has no page yet: that one step goes through the REST API as {@code staff}.
 */
class HandlingJourneyTests extends BrowserTest {

    private static final String PASSWORD = "Xieshang@2022";
    private static final String PHONE = "0830-1234567";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignInService signInService;

    String title;
    long id;

    @Test
    void aJointProposalGoesFromDraftToAPublishedReplyWithItsPhoneNumberRedacted() throws Exception {
        title = "关于加快城区学校周边交通治理的提案-" + System.nanoTime();
        draftConfirmSubmitAndFile();
        assign();
        coUnitOpinion();
        replyRound("经研究，我委将会同市教育局于明年完成十所学校周边交通改造。联系人：张华，联系电话：" + PHONE + "。");
        approve();
        evaluate("DISSATISFIED");
        assertThat(page.locator(".flash").first().textContent()).contains("重新办理", "新的办理期限为");
        screenshot("journey-rehandling");

        replyRound("经再次研究，今年内先行完成五所学校周边改造，其余明年完成。联系电话：" + PHONE + "。");
        approve();
        evaluate("SATISFIED");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("已测评");

        publish();
        page.context().clearCookies();
        page.navigate(url("/portal/replies?q=" + suffix()));
        page.locator("a", new Page.LocatorOptions().setHasText(title)).first().click();
        String published = page.locator("main").textContent();
        screenshot("journey-published");
        assertThat(published).contains(title).contains("今年内先行完成五所学校").doesNotContain("1234567");
    }

    private void draftConfirmSubmitAndFile() {
        long coSigner = jdbc.sql("select member_id from app_user where username = 'member2'")
                .query(Long.class)
                .single();
        switchTo("member");
        page.navigate(url("/proposals/mine"));
        page.click("#new-proposal");
        page.selectOption("#kind", "JOINT");
        page.fill("#title", title);
        page.fill("#grounds", "城区部分学校周边上下学时段拥堵严重，存在安全隐患。");
        page.fill("#suggestions", "一是设置接送车辆临时停靠区；二是增设过街设施。");
        page.selectOption("#category", "SOCIETY");
        page.selectOption("#coSignerMemberIds", String.valueOf(coSigner));
        page.click("#save-draft");
        String editUrl = page.url();
        String path = editUrl.substring(editUrl.indexOf("/proposals/"), editUrl.lastIndexOf("/edit"));
        id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        switchTo("member2");
        page.navigate(url(path));
        page.click("#confirm-cosign");

        switchTo("member");
        page.navigate(url(path));
        page.click("#submit-proposal");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("待审查");

        switchTo("staff");
        page.navigate(url(path));
        page.click("#file-proposal");
        assertThat(page.locator("#official-number").textContent()).matches(".+届.+次会议第\\d+号");
    }

    private void assign() {
        long lead = unitOf("unit");
        long co = unitOf("unit2");
        page.navigate(url("/proposals/assignment?q=" + suffix()));
        page.check("#pick-" + id);
        page.selectOption("#mode-" + id, "LEAD_WITH_CO");
        page.selectOption("#units-" + id, new String[] {String.valueOf(lead), String.valueOf(co)});
        page.fill("#batch", "2022年第一次提案交办会");
        page.click("#assign-selected");
        assertThat(jdbc.sql("select role from proposal_assignment where proposal_id = ? and unit_id = ?")
                        .params(id, lead)
                        .query(String.class)
                        .single())
                .isEqualTo("LEAD");
    }

    private void coUnitOpinion() {
        switchTo("unit2");
        page.navigate(url("/proposals/unit"));
        screenshot("journey-unit-workbench");
        page.navigate(url("/proposals/unit/" + id));
        page.fill("#opinion textarea", "建议将学校周边交通治理纳入年度教育民生实事统筹推进。");
        page.click("#opinion button");
        assertThat(page.locator(".flash").first().textContent()).contains("会办意见已送主办单位");
    }

    /** The lead drafts, the co-unit counter-signs, the lead sends. */
    private void replyRound(String letter) {
        switchTo("unit");
        page.navigate(url("/proposals/unit/" + id));
        if (page.locator("#accept").count() > 0) {
            page.click("#accept");
        }
        page.selectOption("#reply select", "B");
        page.fill("#reply textarea", letter);
        page.fill("#reply input[name=documentNumber]", "泸发改函〔2022〕35号");
        page.fill("#reply input[name=signer]", "王建国");
        page.click("#reply button");
        screenshot("journey-reply-draft");

        switchTo("unit2");
        page.navigate(url("/proposals/unit/" + id));
        page.click("#countersign");
        assertThat(page.locator(".flash").first().textContent()).contains("已会签");

        switchTo("unit");
        page.navigate(url("/proposals/unit/" + id));
        page.click("#send-reply");
        assertThat(page.locator(".flash").first().textContent()).contains("答复已正式发出");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("已答复");
    }

    private void approve() {
        switchTo("supervisor");
        page.navigate(url("/proposals/oversight?q=" + suffix()));
        Locator card = page.locator(".reply-review", new Page.LocatorOptions().setHasText(title));
        screenshot("journey-oversight");
        card.locator("button").click();
        assertThat(page.locator(".flash").first().textContent()).contains("答复已审核");
    }

    private void evaluate(String satisfaction) {
        switchTo("member");
        page.navigate(url("/proposals/" + id + "/evaluate"));
        page.check("input[name=satisfaction][value=" + satisfaction + "]");
        page.check("input[name=contacted][value=true]");
        page.selectOption("select[name=contactMethod]", "PHONE");
        page.selectOption("select[name=attitude]", "SATISFIED");
        page.selectOption("select[name=pertinence]", "MOSTLY");
        page.selectOption("select[name=agreement]", satisfaction.equals("SATISFIED") ? "AGREE" : "DISAGREE");
        page.fill("textarea[name=comment]", "希望加快进度。");
        screenshot("journey-evaluate-" + satisfaction.toLowerCase());
        page.click("#evaluation button[type=submit]");
    }

    /** No page publishes replies yet: the office does it over the API. */
    private void publish() {
        switchTo("staff");
        page.navigate(url("/proposals/" + id));
        Locator form = page.locator("form.publish-reply").last();
        form.locator("select[name=mode]").selectOption("FULL");
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".flash").first().textContent()).contains("已在公众页面全文公开");
        screenshot("journey-publish");
    }

    private long unitOf(String username) {
        return jdbc.sql("select handling_unit_id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private String suffix() {
        return title.substring(title.lastIndexOf('-') + 1);
    }

    private void switchTo(String username) {
        page.context().clearCookies();
        signIn(username, PASSWORD);
    }
}
