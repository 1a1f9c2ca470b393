package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.BrowserTest;
import org.xieshang.support.Fixtures;

/**
 * On a phone, in the traditional-script view: a member types 协商 in simplified script and finds a proposal written
 * with 協商, the word marked; back in simplified script the search still shows it. With the real proposal module: the
 * member writes the proposal in traditional script on the proposal form, finds it by 协商 and opens it.
 */
class SearchJourneyTests extends BrowserTest {

    @Autowired
    SearchIndex index;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalTestKit kit;

    @Test
    void aMemberFindsTraditionalTextWithSimplifiedWordsInEitherView() {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        index.put(new SearchDocument(
                "proposal",
                SearchDocs.nextId(),
                committee,
                "關於推進基層協商議事室建設的建議",
                "建議各鎮街協商議事室每月開展一次協商活動，委員下沉參與。",
                Map.of("category", "政治"),
                Set.of(AccessTokens.PUBLIC),
                null,
                SearchDocs.IN_2022));

        signIn(member.username(), Fixtures.PASSWORD);
        page.click("#script-toggle");
        page.click("nav.main a[href='/search']");
        assertThat(page.locator("h1").textContent()).isEqualTo("全文檢索");
        page.fill("input[name=q]", "协商");
        page.click("#search-form button[type=submit]");

        assertThat(page.locator("#hits article").count()).isEqualTo(1);
        assertThat(page.locator("#hits h2 mark").first().textContent()).isEqualTo("協商");
        assertThat(page.locator("#hits .snippet mark").count()).isGreaterThanOrEqualTo(2);
        screenshot("search-traditional");

        page.click("#script-toggle");
        assertThat(page.locator("h1").textContent()).isEqualTo("全文检索");
        assertThat(page.locator("#hits h2").textContent()).contains("關於推進基層協商議事室建設的建議");
        screenshot("search-simplified");
    }

    @Test
    void aMemberWritesAProposalInTraditionalScriptFindsItBySimplifiedWordsAndOpensIt() {
        ProposalTestKit.World world = kit.world(1, 0);
        XieshangUser member =
                fixtures.user(world.committeeId(), world.memberIds().get(0), null, Role.MEMBER);
        String title = "關於推進基層協商議事室建設的建議";

        signIn(member.username(), Fixtures.PASSWORD);
        page.click("#script-toggle");
        page.navigate(url("/proposals/new"));
        page.fill("#title", title);
        page.fill("#grounds", "各鎮街協商議事室開展活動不均衡，群眾參與協商的渠道不暢。");
        page.fill("#suggestions", "建議每月開展一次協商活動，委員下沉參與。");
        page.selectOption("#category", "SOCIETY");
        page.click("#save-draft");
        assertThat(page.url()).endsWith("/edit");

        page.click("nav.main a[href='/search']");
        page.fill("input[name=q]", "协商");
        page.click("#search-form button[type=submit]");
        assertThat(page.locator("#hits article").count()).isEqualTo(1);
        assertThat(page.locator("#hits h2 mark").first().textContent()).isEqualTo("協商");
        screenshot("search-real-proposal-traditional");

        page.click("#hits h2 a");
        assertThat(page.url()).matches(".*/proposals/\\d+$");
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("暫存");
        screenshot("search-real-proposal-opened");

        page.click("#script-toggle");
        assertThat(page.locator("#script-toggle").textContent()).isEqualTo("繁體");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("暂存");
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
    }
}
