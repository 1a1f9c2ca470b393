package org.xieshang.proposal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalReview;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSubmission.Draft;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.proposal.ProposalTestKit.World;
import org.xieshang.proposal.web.PageUsers;
import org.xieshang.support.IntegrationTest;

/**
 * The three places where similar proposals help: the member's form lists what they may open of the same meeting, the
 * review page suggests merges with a score and merges in one click, the assignment page suggests the units similar
 * proposals went to and picks one in one click.
 */
@IntegrationTest
class SimilarProposalPagesTests {

    static final String LIFT = "关于老旧小区加装电梯的建议";
    static final String LIFT_GROUNDS = "我市老旧小区多为六层以下住宅，没有电梯，老年人上下楼困难；加装电梯审批流程复杂，低层住户意见不一，资金筹集难。";
    static final String LIFT_SUGGESTIONS = "简化老旧小区加装电梯审批流程，设立财政补贴，建立低层住户补偿协商机制。";
    static final String LIFT_AGAIN = "关于加快老旧小区电梯加装的建议";
    static final String LIFT_AGAIN_GROUNDS = "老旧小区住宅没有电梯，老年人上下楼困难。加装电梯的审批流程复杂，低层住户反对，资金难以筹集。";
    static final String SCHOOL = "关于丰富中小学课后服务的建议";
    static final String SCHOOL_GROUNDS = "我市中小学课后服务内容单一，师资不足，家长接送困难。";
    static final String SCHOOL_SUGGESTIONS = "丰富课后服务内容，引入社会资源，合理安排教师弹性上下班。";

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalReview review;

    @Autowired
    MockMvc mvc;

    @Autowired
    PageUsers users;

    @Test
    void theFormListsSimilarProposalsOfTheMeetingTheMemberMayOpen() throws Exception {
        World w = kit.world(3, 0);
        long filed = file(w, submit(w, 0, LIFT, LIFT_GROUNDS, LIFT_SUGGESTIONS, true));
        long hidden = create(w, 2, LIFT_AGAIN, LIFT_AGAIN_GROUNDS, LIFT_SUGGESTIONS, true); // someone else's draft

        String html = fragment(w.members().get(1), LIFT_AGAIN, LIFT_AGAIN_GROUNDS, LIFT_SUGGESTIONS);

        assertThat(html).contains("/proposals/" + filed, "相似度", "查看并联名");
        assertThat(html).doesNotContain("/proposals/" + hidden);
        assertThat(fragment(w.members().get(1), SCHOOL, SCHOOL_GROUNDS, SCHOOL_SUGGESTIONS))
                .doesNotContain("/proposals/");
    }

    @Test
    void editingADraftDoesNotListTheDraftItself() throws Exception {
        World w = kit.world(1, 0);
        long draft = create(w, 0, LIFT, LIFT_GROUNDS, LIFT_SUGGESTIONS, true);

        String html = mvc.perform(get("/proposals/similar")
                        .param("proposalId", String.valueOf(draft))
                        .param("title", LIFT)
                        .param("grounds", LIFT_GROUNDS)
                        .with(user(users.real(w.members().get(0)))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("/proposals/" + draft);
    }

    @Test
    void reviewSuggestsMergingIntoASimilarFiledProposalAndMergesInOneClick() throws Exception {
        World w = kit.world(2, 0);
        long primary = file(w, submit(w, 0, LIFT, LIFT_GROUNDS, LIFT_SUGGESTIONS, true));
        long waiting = submit(w, 1, LIFT_AGAIN, LIFT_AGAIN_GROUNDS, LIFT_SUGGESTIONS, true);
        long other = submit(w, 1, SCHOOL, SCHOOL_GROUNDS, SCHOOL_SUGGESTIONS, true);

        String html = page(w.staff(), "/proposals/review");
        String suggestions = html.substring(html.indexOf("id=\"merge-suggestions\""));
        assertThat(suggestions)
                .contains(
                        "id=\"merge-" + waiting + "\"",
                        "/proposals/" + primary,
                        "/proposals/" + waiting + "/file-and-merge")
                .containsPattern("相似度 \\d+%")
                .doesNotContain("id=\"merge-" + other + "\"");

        mvc.perform(post("/proposals/{id}/file-and-merge", waiting)
                        .param("primaryId", String.valueOf(primary))
                        .with(user(users.real(w.staff())))
                        .with(csrf()))
                .andExpect(redirectedUrl("/proposals/" + waiting));
        assertThat(kit.status(waiting)).isEqualTo(ProposalStatus.MERGED);
    }

    @Test
    void aRefusedMergeLeavesTheProposalUnfiled() throws Exception {
        World w = kit.world(2, 0);
        long notFiled = submit(w, 0, LIFT, LIFT_GROUNDS, LIFT_SUGGESTIONS, true);
        long waiting = submit(w, 1, LIFT_AGAIN, LIFT_AGAIN_GROUNDS, LIFT_SUGGESTIONS, true);

        mvc.perform(post("/proposals/{id}/file-and-merge", waiting)
                        .param("primaryId", String.valueOf(notFiled))
                        .with(user(users.real(w.staff())))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(kit.status(waiting)).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void assignmentSuggestsTheUnitsSimilarProposalsWentToAndPicksOneInOneClick() throws Exception {
        World w = kit.world(2, 2);
        for (int i = 0; i < 3; i++) {
            long past = file(w, submit(w, i % 2, LIFT, LIFT_GROUNDS, LIFT_SUGGESTIONS, true));
            kit.assigned(w, past, AssignmentMode.SOLE, List.of(w.unitIds().get(1)));
        }
        long school = file(w, submit(w, 0, SCHOOL, SCHOOL_GROUNDS, SCHOOL_SUGGESTIONS, true));
        kit.assigned(w, school, AssignmentMode.SOLE, List.of(w.unitIds().get(0)));
        long waiting = file(w, submit(w, 1, LIFT_AGAIN, LIFT_AGAIN_GROUNDS, LIFT_SUGGESTIONS, true));

        String html = page(w.staff(), "/proposals/assignment");
        String suggested = html.substring(html.indexOf("id=\"units-suggested-" + waiting + "\""));
        suggested = suggested.substring(0, suggested.indexOf("</div>"));
        String liftUnit = "unit-" + w.committeeId() + "-1";
        assertThat(suggested)
                .contains(
                        liftUnit, "pick=" + waiting + "&amp;unit=" + w.unitIds().get(1))
                .containsPattern("\\d+%");

        String picked = page(
                w.staff(),
                "/proposals/assignment?pick=" + waiting + "&unit=" + w.unitIds().get(1));
        assertThat(picked)
                .contains("id=\"unit-picked\"")
                .containsPattern("value=\"" + waiting + "\" id=\"pick-" + waiting + "\"\\s+checked")
                .containsPattern("value=\"" + w.unitIds().get(1) + "\"\\s+selected=\"selected\">" + liftUnit);
    }

    private String fragment(XieshangUser member, String title, String grounds, String suggestions) throws Exception {
        return mvc.perform(get("/proposals/similar")
                        .param("title", title)
                        .param("grounds", grounds)
                        .param("suggestions", suggestions)
                        .with(user(users.real(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String page(XieshangUser user, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.real(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long create(World w, int member, String title, String grounds, String suggestions, boolean consent) {
        Draft draft = new Draft(
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
                suggestions,
                "SOCIETY",
                List.of(),
                consent,
                consent ? null : "personal",
                false,
                null,
                List.of());
        return kit.as(
                w.members().get(member), () -> kit.submission().create(draft).id());
    }

    private long submit(World w, int member, String title, String grounds, String suggestions, boolean consent) {
        long id = create(w, member, title, grounds, suggestions, consent);
        kit.as(w.members().get(member), () -> kit.submission().submit(id));
        return id;
    }

    private long file(World w, long id) {
        kit.as(w.staff(), () -> review.file(id));
        return id;
    }
}
