package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.proposal.ProposalApiClient.Answer;
import org.xieshang.support.IntegrationTest;

/**
 * Bad input gets 400 with a Chinese message per field and saves nothing; a step the proposal's state does not allow
 * gets 409 with a Chinese message and changes nothing; what the user may not see is 404.
 */
@IntegrationTest
class ProposalApiInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    ProposalApiClient api;
    ProposalTestKit.World w;

    @BeforeEach
    void setUp() {
        api = new ProposalApiClient(mvc);
        w = kit.world(2, 1);
    }

    @Test
    void aDraftWithoutKindOrTitleIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        Answer answer = api.post(w.members().get(0), "/api/v1/proposals", "{\"title\":\"  \",\"grounds\":\"x\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat((String) answer.read("$.title")).isEqualTo("填写内容有误，请按各项提示修改。");
        assertThat((List<String>) answer.read("$.errors[?(@.field=='kind')].message"))
                .containsExactly("请选择提案类型。");
        assertThat((List<String>) answer.read("$.errors[?(@.field=='title')].message"))
                .containsExactly("请填写案由。");
        assertThat(proposals()).isZero();
    }

    @Test
    void anUnknownCategoryOrUnitOrAWrongTypeIsRefusedAndNothingIsSaved() throws Exception {
        Answer category = api.post(
                w.members().get(0),
                "/api/v1/proposals",
                "{\"kind\":\"INDIVIDUAL\",\"title\":\"t\",\"category\":\"SPORT\"}");
        assertThat(category.status()).isEqualTo(400);
        assertThat((List<String>) category.read("$.errors[?(@.field=='category')].message"))
                .containsExactly("提案类别“SPORT”不在可选范围内。");
        Answer unit = api.post(
                w.members().get(0),
                "/api/v1/proposals",
                "{\"kind\":\"INDIVIDUAL\",\"title\":\"t\",\"suggestedUnitIds\":[999999999]}");
        assertThat((List<String>) unit.read("$.errors[?(@.field=='suggestedUnitIds')].message"))
                .containsExactly("承办单位 999,999,999 不存在或不属于本委员会。");
        Answer kind = api.post(w.members().get(0), "/api/v1/proposals", "{\"kind\":\"SECRET\",\"title\":\"t\"}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat((String) kind.read("$.code")).isEqualTo("unreadable-body");
        assertThat(proposals()).isZero();
    }

    @Test
    void submittingAnIncompleteDraftNamesTheMissingPartAndLeavesItADraft() throws Exception {
        long id = api.post(w.members().get(0), "/api/v1/proposals", "{\"kind\":\"INDIVIDUAL\",\"title\":\"t\"}")
                .id("$.id");
        Answer answer = api.post(w.members().get(0), "/api/v1/proposals/" + id + "/submit", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat((List<String>) answer.read("$.errors[?(@.field=='grounds')].message"))
                .containsExactly("请填写“案据”。");
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.DRAFT);
        assertThat(kit.count("select count(*) from proposal where id = ? and running_no is null", id))
                .isEqualTo(1);
    }

    @Test
    void anIllegalStepIsAConflictInChineseAndChangesNothing() throws Exception {
        long id = kit.submitted(w, "submitted, not yet filed", true);
        long steps = kit.count("select count(*) from proposal_transition where proposal_id = ?", id);
        Answer assign = api.post(
                w.staff(),
                "/api/v1/proposals/assignments",
                "{\"plans\":[{\"proposalId\":%d,\"mode\":\"SOLE\",\"unitIds\":[%d]}]}"
                        .formatted(id, w.unitIds().get(0)));
        assertThat(assign.status()).isEqualTo(409);
        assertThat((String) assign.read("$.code")).isEqualTo("proposal.not-in-state");
        assertThat((String) assign.read("$.title")).isEqualTo("提案当前为“待审查”状态，不能交办。");
        Answer close = api.post(w.staff(), "/api/v1/proposals/" + id + "/close", "{\"reason\":\"x\"}");
        assertThat((String) close.read("$.title")).isEqualTo("提案当前为“待审查”状态，不能办结。");
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(kit.count("select count(*) from proposal_assignment where proposal_id = ?", id))
                .isZero();
        assertThat(kit.count("select count(*) from proposal_transition where proposal_id = ?", id))
                .isEqualTo(steps);
    }

    @Test
    void aReturnWithoutReasonAndANotFilingWithAnUnknownCodeAreRefused() throws Exception {
        long id = kit.submitted(w, "to be reviewed", true);
        Answer noReason = api.post(w.staff(), "/api/v1/proposals/" + id + "/return", "{\"reason\":\"\"}");
        assertThat((List<String>) noReason.read("$.errors[?(@.field=='reason')].message"))
                .containsExactly("请填写理由。");
        Answer code = api.post(w.staff(), "/api/v1/proposals/" + id + "/not-file", "{\"reasonCode\":\"BORING\"}");
        assertThat(code.status()).isEqualTo(400);
        assertThat((List<String>) code.read("$.errors[?(@.field=='reasonCode')].message"))
                .containsExactly("不予立案理由“BORING”不在可选范围内。");
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.SUBMITTED);
        Answer notFiled = api.post(
                w.staff(),
                "/api/v1/proposals/" + id + "/not-file",
                "{\"reasonCode\":\"PERSONAL\",\"conversion\":\"MEMBER_LETTER\"}");
        assertThat((String) notFiled.read("$.review.notFiledReason")).isEqualTo("PERSONAL");
        assertThat((String) notFiled.read("$.review.conversion")).isEqualTo("MEMBER_LETTER");
    }

    @Test
    void aStaleVersionIsAConflictAndAnotherMembersDraftIsNotFound() throws Exception {
        long id = api.post(w.members().get(0), "/api/v1/proposals", "{\"kind\":\"INDIVIDUAL\",\"title\":\"t\"}")
                .id("$.id");
        int version = (int) kit.count("select version from proposal where id = ?", id);
        String body = "{\"kind\":\"INDIVIDUAL\",\"title\":\"%s\",\"version\":%d}";
        assertThat(api.put(w.members().get(0), "/api/v1/proposals/" + id, body.formatted("first", version))
                        .status())
                .isEqualTo(200);
        Answer stale = api.put(w.members().get(0), "/api/v1/proposals/" + id, body.formatted("second", version));
        assertThat(stale.status()).isEqualTo(409);
        assertThat((String) stale.read("$.code")).isEqualTo("stale");
        Answer foreign = api.put(w.members().get(1), "/api/v1/proposals/" + id, body.formatted("mine", version + 1));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat((String) foreign.read("$.title")).isEqualTo("提案 " + id + " 不存在，或您无权查看。");
        assertThat(kit.count("select count(*) from proposal where id = ? and title = 'first'", id))
                .isEqualTo(1);
    }

    private long proposals() {
        return kit.count("select count(*) from proposal where committee_id = ?", w.committeeId());
    }
}
