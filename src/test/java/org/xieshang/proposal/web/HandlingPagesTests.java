package org.xieshang.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.IntegrationTest;

/**
 * The handling unit's pages through MockMvc: who may open them, that bad input answers 400 with a Chinese message and
 * saves nothing, and that the co-unit's opinion and counter-signature and the lead's reply work from the page.
 */
@IntegrationTest
class HandlingPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PageUsers pageUsers;

    ProposalTestKit.World w;
    long id;
    List<Long> assignments;

    @BeforeEach
    void setUp() {
        w = kit.world(1, 2);
        id = kit.filed(w, "关于整治老旧小区停车难的建议");
        assignments = kit.assigned(w, id, AssignmentMode.LEAD_WITH_CO, w.unitIds());
    }

    @Test
    void theWorkbenchShowsTheUnitsAssignmentsAndIsClosedToMembers() throws Exception {
        MockHttpServletResponse page =
                call(w.units().get(0), get("/proposals/unit").param("q", "停车"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("关于整治老旧小区停车难的建议", "签收");
        assertThat(body(call(w.units().get(0), get("/proposals/unit").param("q", "不存在的词"))))
                .contains("没有符合条件的记录");
        assertThat(call(w.members().get(0), get("/proposals/unit")).getStatus()).isEqualTo(403);
        MockHttpServletResponse export = call(w.units().get(0), get("/proposals/unit/export"));
        assertThat(export.getContentType()).contains("spreadsheetml");
    }

    @Test
    void contestingWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        MockHttpServletResponse refused = call(
                w.units().get(0), post("/proposals/unit/" + id + "/contest").param("reason", " "));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("请填写理由");
        assertThat(assignmentStatus(assignments.get(0))).isEqualTo("PENDING");

        MockHttpServletResponse contested = call(
                w.units().get(0), post("/proposals/unit/" + id + "/contest").param("reason", "本单位职能不涉及停车管理"));
        assertThat(contested.getStatus()).isEqualTo(302);
        assertThat(assignmentStatus(assignments.get(0))).isEqualTo("CONTESTED");
    }

    @Test
    void theCoUnitsOpinionAndCountersignPrecedeTheLeadsReply() throws Exception {
        XieshangUser lead = w.units().get(0);
        XieshangUser co = w.units().get(1);
        assertThat(call(co, post("/proposals/unit/" + id + "/opinion").param("text", "建议结合老旧小区改造统筹推进"))
                        .getStatus())
                .isEqualTo(302);

        MockHttpServletResponse blank =
                call(lead, post("/proposals/unit/" + id + "/reply-draft").param("replyClass", "B"));
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(body(blank)).contains("请填写答复正文", "请填写单位文号", "请填写签发人");

        assertThat(call(lead, reply(id)).getStatus()).isEqualTo(302);
        assertThat(call(lead, post("/proposals/unit/" + id + "/reply")).getStatus())
                .isEqualTo(409);
        assertThat(body(call(co, get("/proposals/unit/" + id)))).contains("会签主办单位答复稿");
        assertThat(call(co, post("/proposals/unit/" + id + "/countersign")).getStatus())
                .isEqualTo(302);
        assertThat(call(lead, post("/proposals/unit/" + id + "/reply")).getStatus())
                .isEqualTo(302);
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.REPLIED);
    }

    @Test
    void anExtensionNeedsAFutureDateAndAReason() throws Exception {
        MockHttpServletResponse refused = call(
                w.units().get(0), post("/proposals/unit/" + id + "/extension").param("until", "2020-01-01"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("请填写今天以后的日期", "请填写理由");
        assertThat(kit.count(
                        "select count(*) from proposal_assignment where id = ? and extension_requested_at is not null",
                        assignments.get(0)))
                .isZero();
    }

    static MockHttpServletRequestBuilder reply(long id) {
        return post("/proposals/unit/" + id + "/reply-draft")
                .param("replyClass", "B")
                .param("letter", "经研究，拟于明年新建两处公共停车场。联系人：王芳，联系电话：0830-3190123。")
                .param("documentNumber", "泸发改函〔2022〕8号")
                .param("signer", "李明");
    }

    private String assignmentStatus(long assignmentId) {
        return jdbc.sql("select status from proposal_assignment where id = ?")
                .param(assignmentId)
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
