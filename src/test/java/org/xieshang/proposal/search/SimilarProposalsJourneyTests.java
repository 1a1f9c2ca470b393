package org.xieshang.proposal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalReview;
import org.xieshang.proposal.ProposalSubmission.Draft;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.support.BrowserTest;
import org.xieshang.support.Fixtures;

/**
 * On a phone: while a member types a proposal, a similar filed one of the same meeting appears under the form; once
 * they submit, the office sees it among the merge suggestions of the review page with its similarity, and merges it.
 */
class SimilarProposalsJourneyTests extends BrowserTest {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalReview review;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMemberSeesASimilarProposalWhileWritingAndTheOfficeMergesTheirs() {
        World w = kit.world(2, 0);
        long filed = kit.as(
                w.members().get(0),
                () -> kit.submission()
                        .create(draft(SimilarProposalPagesTests.LIFT, SimilarProposalPagesTests.LIFT_GROUNDS))
                        .id());
        kit.as(w.members().get(0), () -> kit.submission().submit(filed));
        kit.as(w.staff(), () -> review.file(filed));
        XieshangUser member = fixtures.user(w.committeeId(), w.memberIds().get(1), null, Role.MEMBER);
        XieshangUser staff = fixtures.user(w.committeeId(), Role.STAFF);

        signIn(member.username(), Fixtures.PASSWORD);
        page.navigate(url("/proposals/new"));
        page.fill("#title", SimilarProposalPagesTests.LIFT_AGAIN);
        page.fill("#grounds", SimilarProposalPagesTests.LIFT_AGAIN_GROUNDS);
        page.locator("#suggestions").pressSequentially("简化加装电梯审批流程。");
        page.selectOption("#category", "SOCIETY");
        page.locator("#similar-proposal-list li").first().waitFor();
        assertThat(page.locator("#similar-proposal-list").textContent())
                .contains(SimilarProposalPagesTests.LIFT)
                .containsPattern("相似度 \\d+%");
        screenshot("similar-on-form");
        page.click("#submit-form");
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("待审查");
        String path = page.url().substring(page.url().indexOf("/proposals/"));

        page.context().clearCookies();
        signIn(staff.username(), Fixtures.PASSWORD);
        page.navigate(url("/proposals/review"));
        assertThat(page.locator("#merge-suggestions").textContent())
                .contains(SimilarProposalPagesTests.LIFT)
                .containsPattern("相似度 \\d+%");
        screenshot("merge-suggestions");
        page.click("#merge-suggestions button[type=submit]");
        page.waitForURL(url(path));
        assertThat(page.locator("#proposal-status").textContent()).isEqualTo("已并案");
    }

    private static Draft draft(String title, String grounds) {
        return new Draft(
                ProposalKind.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                title,
                grounds,
                SimilarProposalPagesTests.LIFT_SUGGESTIONS,
                "SOCIETY",
                List.of(),
                true,
                null,
                false,
                null,
                List.of());
    }
}
