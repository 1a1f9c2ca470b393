package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.ProposalApiClient.Answer;
import org.xieshang.support.IntegrationTest;

/**
 * The whole journey over the API: a member drafts a joint proposal, the co-signer confirms, staff file it and assign
 * a lead and a co-unit, the co-unit sends its opinion and counter-signs, the lead replies (class B), the supervisor
 * approves, the member rates 不满意, the units handle it again, the new reply is rated 满意, published with the phone
 * number redacted, and the proposal is closed, every step in its timeline, audit trail and events.
 */
@IntegrationTest
@RecordApplicationEvents
class ProposalJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ApplicationEvents events;

    ProposalApiClient api;
    ProposalTestKit.World w;
    XieshangUser member;
    XieshangUser coSigner;
    XieshangUser lead;
    XieshangUser co;

    @BeforeEach
    void setUp() {
        api = new ProposalApiClient(mvc);
        w = kit.world(2, 2);
        member = w.members().get(0);
        coSigner = w.members().get(1);
        lead = w.units().get(0);
        co = w.units().get(1);
    }

    @Test
    void aJointProposalGoesFromDraftToAPublishedReplyAndIsClosed() throws Exception {
        long id = draftAndConfirm();
        Answer submitted = api.post(member, "/api/v1/proposals/" + id + "/submit", null);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat((Integer) submitted.read("$.runningNo")).isEqualTo(1);

        Answer filed = api.post(w.staff(), "/api/v1/proposals/" + id + "/file", null);
        assertThat((String) filed.read("$.officialNumber")).isEqualTo("九届一次会议第1号");

        assign(id);
        assertThat(ok(api.post(co, "/api/v1/proposals/" + id + "/opinions", "{\"text\":\"请统筹交通规划\"}")))
                .isEqualTo(200);
        long firstReply = replyRound(id, "B", true);
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.REPLIED);

        Answer early =
                api.post(member, "/api/v1/proposals/" + id + "/evaluations", evaluation(firstReply, "DISSATISFIED"));
        assertThat(early.status()).isEqualTo(409);
        assertThat((String) early.read("$.title")).isEqualTo("该答复尚待督查部门审核，审核后才能测评。");

        assertThat(ok(api.post(w.supervisor(), "/api/v1/proposals/replies/" + firstReply + "/review", "{}")))
                .isEqualTo(200);
        Answer rated =
                api.post(member, "/api/v1/proposals/" + id + "/evaluations", evaluation(firstReply, "DISSATISFIED"));
        assertThat((String) rated.read("$.summary.status")).isEqualTo("REHANDLING");
        assertThat((Integer) rated.read("$.review.round")).isEqualTo(2);

        long secondReply = replyRound(id, "A", false);
        assertThat(ok(api.post(
                        w.supervisor(),
                        "/api/v1/proposals/replies/" + secondReply + "/review",
                        "{\"newClass\":\"B\",\"reason\":\"资金尚未落实\"}")))
                .isEqualTo(200);
        Answer satisfied =
                api.post(member, "/api/v1/proposals/" + id + "/evaluations", evaluation(secondReply, "SATISFIED"));
        assertThat((String) satisfied.read("$.summary.status")).isEqualTo("EVALUATED");
        assertThat(ok(api.post(
                        coSigner,
                        "/api/v1/proposals/" + id + "/evaluations",
                        evaluation(secondReply, "BASICALLY_SATISFIED"))))
                .isEqualTo(200);

        publishAndClose(id, secondReply);
        checkHistory(id);
    }

    private long draftAndConfirm() throws Exception {
        Answer created = api.post(member, "/api/v1/proposals", """
                {"kind":"JOINT","title":"关于改善城郊公交的建议","grounds":"城郊公交线路少、班次稀。",
                 "suggestions":"增开两条线路。","category":"SOCIETY","disclosureConsent":true,
                 "suggestedUnitIds":[%d],"coSignerMemberIds":[%d]}""".formatted(
                        w.unitIds().get(0), w.memberIds().get(1)));
        assertThat(created.status()).isEqualTo(201);
        long id = created.id("$.id");
        Answer early = api.post(member, "/api/v1/proposals/" + id + "/submit", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat((String) early.read("$.title")).isEqualTo("还有 1 位联名人未确认，请等待确认或将其移除后再提交。");
        Answer confirmed = api.post(coSigner, "/api/v1/proposals/" + id + "/co-signature/confirm", null);
        assertThat((String) confirmed.read("$.signers[1].confirmation")).isEqualTo("CONFIRMED");
        return id;
    }

    private void assign(long id) throws Exception {
        Answer assigned = api.post(w.staff(), "/api/v1/proposals/assignments", """
                {"batch":"2022年提案交办会","plans":[{"proposalId":%d,"mode":"LEAD_WITH_CO","unitIds":[%d,%d]}]}""".formatted(
                        id, w.unitIds().get(0), w.unitIds().get(1)));
        assertThat(assigned.status()).isEqualTo(200);
        List<Integer> ids = assigned.read("$.assignmentIds");
        assertThat(ids).hasSize(2);
        assertThat(ok(api.post(lead, "/api/v1/proposals/assignments/" + ids.get(0) + "/accept", null)))
                .isEqualTo(200);
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.ASSIGNED);
    }

    /** The lead drafts, the co-unit counter-signs, the lead sends; the first time, sending too early is refused. */
    private long replyRound(long id, String replyClass, boolean tryEarly) throws Exception {
        String letter = """
                {"replyClass":"%s","letter":"经研究，拟于明年增开两条线路。联系人：王芳，联系电话：0830-3190123。",
                 "documentNumber":"泸交函〔2022〕12号","signer":"李明"}""".formatted(replyClass);
        Answer draft = api.put(lead, "/api/v1/proposals/" + id + "/reply-draft", letter);
        assertThat(draft.status()).isEqualTo(200);
        if (tryEarly) {
            Answer refused = api.post(lead, "/api/v1/proposals/" + id + "/reply", null);
            assertThat(refused.status()).isEqualTo(409);
            assertThat((String) refused.read("$.title")).isEqualTo("还有 1 个会办单位未会签答复稿。");
        }
        assertThat(ok(api.post(co, "/api/v1/proposals/" + id + "/countersign", null)))
                .isEqualTo(200);
        Answer sent = api.post(lead, "/api/v1/proposals/" + id + "/reply", null);
        assertThat(sent.status()).isEqualTo(200);
        return sent.id("$.id");
    }

    private void publishAndClose(long id, long reply) throws Exception {
        assertThat(ok(api.post(w.staff(), "/api/v1/proposals/replies/" + reply + "/publish", "{\"mode\":\"FULL\"}")))
                .isEqualTo(200);
        Answer published = api.get(null, "/api/v1/public/proposal-replies?committeeId=" + w.committeeId());
        assertThat(published.status()).isEqualTo(200);
        String text = published.read("$.items[0].text");
        assertThat(text).contains("联系电话：［已隐去］").doesNotContain("3190123");
        assertThat((String) published.read("$.items[0].replyClass")).isEqualTo("B");

        Answer closed = api.post(w.staff(), "/api/v1/proposals/" + id + "/close", null);
        assertThat((String) closed.read("$.summary.status")).isEqualTo("CLOSED");
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        Answer followUp = api.post(
                lead,
                "/api/v1/proposals/replies/" + reply + "/follow-ups",
                "{\"year\":%d,\"progress\":\"一条线路已开通\"}".formatted(nextYear));
        assertThat(followUp.status()).isEqualTo(200);
    }

    private void checkHistory(long id) throws Exception {
        Answer timeline = api.get(member, "/api/v1/proposals/" + id + "/timeline");
        List<String> actions = timeline.read("$[*].action");
        assertThat(actions)
                .containsSubsequence(
                        "CREATE",
                        "CO_SIGNER_INVITED",
                        "CO_SIGNATURE_CONFIRMED",
                        "SUBMIT",
                        "FILE",
                        "ASSIGN",
                        "ASSIGNMENT_ACCEPTED",
                        "START_HANDLING",
                        "CO_UNIT_OPINION",
                        "REPLY_COUNTERSIGNED",
                        "REPLY_SUBMITTED",
                        "REPLY",
                        "REPLY_REVIEWED",
                        "EVALUATION_RECORDED",
                        "OPEN_REHANDLING",
                        "REPLY_COUNTERSIGNED",
                        "REPLY_SUBMITTED",
                        "REPLY",
                        "REPLY_REVIEWED",
                        "EVALUATION_RECORDED",
                        "EVALUATE",
                        "REPLY_PUBLISHED",
                        "CLOSE",
                        "FOLLOW_UP_RECORDED");
        List<String> actors = timeline.read("$[?(@.action=='FILE')].actorName");
        assertThat(actors).containsExactly(w.staff().displayName());
        assertThat(kit.count(
                        "select count(*) from audit_entry where target_type = 'proposal' and target_id = ?",
                        String.valueOf(id)))
                .isGreaterThanOrEqualTo(actions.size());
        assertThat(events.stream(ProposalFiled.class).filter(e -> e.proposalId() == id))
                .hasSize(1);
        assertThat(events.stream(ProposalAssigned.class).filter(e -> e.proposalId() == id))
                .extracting(ProposalAssigned::role)
                .containsExactly(AssignmentRole.LEAD, AssignmentRole.CO);
        assertThat(events.stream(RehandlingOpened.class).filter(e -> e.proposalId() == id))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.unitIds()).containsExactly(w.unitIds().get(0)));
        assertThat(events.stream(ProposalEvaluated.class).filter(e -> e.proposalId() == id))
                .extracting(ProposalEvaluated::statusAfter)
                .containsExactly(ProposalStatus.REHANDLING, ProposalStatus.EVALUATED, ProposalStatus.EVALUATED);
        assertThat(events.stream(ProposalClosed.class).filter(e -> e.proposalId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.proposerMemberIds()).containsExactlyElementsOf(w.memberIds()));
    }

    private static String evaluation(long replyId, String satisfaction) {
        return """
                {"replyId":%d,"satisfaction":"%s","contacted":true,"contactMethod":"VISIT","attitude":"SATISFIED",
                 "pertinence":"ON_POINT","agreement":"AGREE","comment":"ok"}""".formatted(replyId, satisfaction);
    }

    private static int ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.status();
    }
}
