package org.xieshang.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.KeyProposals;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.IntegrationTest;

/**
 * The supervisor's review, the member's (and staff's paper) evaluation, the reply letter as Word and the leader's
 * key-proposal board, through the pages.
 */
@IntegrationTest
class OversightAndEvaluationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageUsers pageUsers;

    @Autowired
    KeyProposals keys;

    ProposalTestKit.World w;
    long id;
    long replyId;

    /** A proposal replied by its sole unit, waiting for review. */
    @BeforeEach
    void setUp() throws Exception {
        w = kit.world(1, 1);
        id = kit.filed(w, "关于加强农村饮水安全的建议");
        kit.assigned(w, id, AssignmentMode.SOLE, w.unitIds());
        call(w.units().get(0), HandlingPagesTests.reply(id));
        call(w.units().get(0), post("/proposals/unit/" + id + "/reply"));
        replyId = jdbc.sql("select id from proposal_reply where proposal_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    @Test
    void changingTheClassNeedsAReasonAndApprovingLetsTheMemberEvaluate() throws Exception {
        XieshangUser supervisor = w.supervisor();
        assertThat(body(call(supervisor, get("/proposals/oversight")))).contains("关于加强农村饮水安全的建议");
        assertThat(call(w.units().get(0), get("/proposals/oversight")).getStatus())
                .isEqualTo(403);

        MockHttpServletResponse refused = call(supervisor, review().param("newClass", "A"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("调整答复类别时须填写理由");
        assertThat(reviewStatus()).isEqualTo("PENDING");

        assertThat(call(supervisor, review()).getStatus()).isEqualTo(302);
        assertThat(reviewStatus()).isEqualTo("APPROVED");

        XieshangUser member = w.members().get(0);
        MockHttpServletResponse incomplete = call(
                member,
                post("/proposals/" + id + "/evaluate")
                        .param("replyId", String.valueOf(replyId))
                        .param("satisfaction", "DISSATISFIED")
                        .param("contacted", "true"));
        assertThat(incomplete.getStatus()).isEqualTo(400);
        assertThat(body(incomplete)).contains("请选择办理态度", "已联系的，请选择联系方式");
        MvcResult rated = mvc.perform(
                        evaluate("DISSATISFIED").with(user(stored(member))).with(csrf()))
                .andReturn();
        assertThat(rated.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) rated.getFlashMap().get("flash")).contains("重新办理", "新的办理期限为");
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.REHANDLING);
    }

    @Test
    void staffEnterAPaperEvaluationMarkedAsSuch() throws Exception {
        call(w.supervisor(), review());
        MockHttpServletResponse noMember = call(w.staff(), evaluate("SATISFIED", "/evaluate/paper"));
        assertThat(noMember.getStatus()).isEqualTo(400);
        assertThat(body(noMember)).contains("请选择代为录入测评的委员");
        assertThat(call(
                                w.staff(),
                                evaluate("SATISFIED", "/evaluate/paper")
                                        .param("memberId", w.memberIds().get(0).toString()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kit.count("select count(*) from proposal_evaluation where reply_id = ? and on_paper", replyId))
                .isEqualTo(1);
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.EVALUATED);
        assertThat(call(w.staff(), post("/proposals/" + id + "/evaluate")).getStatus())
                .as("staff rate only on paper")
                .isEqualTo(403);
    }

    @Test
    void theReplyLetterOpensInWordWithItsTitleNumberAndFonts() throws Exception {
        MockHttpServletResponse docx =
                call(w.units().get(0), get("/proposals/" + id + "/replies/" + replyId + "/letter.docx"));
        assertThat(docx.getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            List<String> lines =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(lines.get(0)).isEqualTo("泸发改函〔2022〕8号");
            assertThat(lines.get(1)).startsWith("关于").endsWith("九届一次会议第1号提案的答复");
            assertThat(lines.get(2)).startsWith("尊敬的").endsWith("委员：");
            assertThat(String.join("", lines)).contains("0830-3190123");
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().sizeOfGridColArray())
                    .isEqualTo(2);
            assertThat(doc.getTables().get(0).getText()).contains("B类", "李明");
            assertThat(doc.getParagraphs()
                            .get(1)
                            .getRuns()
                            .get(0)
                            .getCTR()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("方正小标宋简体");
        }
        assertThat(call(w.members().get(0), get("/proposals/" + id + "/replies/" + replyId + "/letter.docx"))
                        .getStatus())
                .as("members see a reply only after review")
                .isEqualTo(404);
    }

    @Test
    void theLeaderRecordsASupervisionEventWithThePartiesPresent() throws Exception {
        kit.as(w.staff(), () -> keys.selectKey(id, w.leader().userId(), "张副主席", "主席会议"));
        assertThat(body(call(w.leader(), get("/proposals/key")))).contains("关于加强农村饮水安全的建议", "张副主席");
        assertThat(call(w.members().get(0), get("/proposals/key")).getStatus()).isEqualTo(403);

        MockHttpServletResponse noParties = call(w.leader(), supervision());
        assertThat(noParties.getStatus()).isEqualTo(400);
        assertThat(body(noParties)).contains("请至少选择一个参加方");
        assertThat(call(w.leader(), supervision().param("parties", "PROPOSER", "HANDLING_UNIT"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(kit.count("select count(*) from proposal_supervision where proposal_id = ?", id))
                .isEqualTo(1);
        assertThat(body(call(w.leader(), get("/proposals/key")))).contains("办理协商会");
    }

    private MockHttpServletRequestBuilder review() {
        return post("/proposals/oversight/replies/" + replyId + "/review");
    }

    private MockHttpServletRequestBuilder evaluate(String satisfaction) {
        return evaluate(satisfaction, "/evaluate");
    }

    private MockHttpServletRequestBuilder evaluate(String satisfaction, String path) {
        return post("/proposals/" + id + path)
                .param("replyId", String.valueOf(replyId))
                .param("satisfaction", satisfaction)
                .param("contacted", "true")
                .param("contactMethod", "PHONE")
                .param("attitude", "SATISFIED")
                .param("pertinence", "MOSTLY")
                .param("agreement", "RESERVE")
                .param("comment", "资金尚未落实");
    }

    private MockHttpServletRequestBuilder supervision() {
        return post("/proposals/key/" + id + "/supervision")
                .param("kind", "HANDLING_CONSULTATION")
                .param("heldOn", "2022-06-01")
                .param("place", "市政协三楼会议室")
                .param("minutes", "各方通报办理进展。");
    }

    private String reviewStatus() {
        return jdbc.sql("select review_status from proposal_reply where id = ?")
                .param(replyId)
                .query(String.class)
                .single();
    }

    MockHttpServletResponse call(XieshangUser as, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(stored(as))).with(csrf()))
                .andReturn()
                .getResponse();
    }

    static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private final java.util.Map<Long, XieshangUser> accounts = new java.util.HashMap<>();

    /** The real account standing for a kit user, made once per test. */
    XieshangUser stored(XieshangUser like) {
        return accounts.computeIfAbsent(like.userId(), k -> pageUsers.real(like));
    }
}
