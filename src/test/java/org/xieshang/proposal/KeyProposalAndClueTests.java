package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.proposal.ProposalApiClient.Answer;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.shared.InvalidInput;
import org.xieshang.support.IntegrationTest;

/**
 * Key proposals with a supervising leader and supervision events naming the parties present (from the configured
 * list); good proposals only once replied; clues from the public screened into the topic catalogue members read.
 */
@IntegrationTest
class KeyProposalAndClueTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalClues clues;

    ProposalApiClient api;
    ProposalTestKit.World w;

    @BeforeEach
    void setUp() {
        api = new ProposalApiClient(mvc);
        w = kit.world(1, 1);
    }

    @Test
    void aKeyProposalIsSupervisedByALeaderWithThePartiesPresentRecorded() throws Exception {
        long id = kit.filed(w, "key");
        String event = """
                {"kind":"HANDLING_CONSULTATION","heldOn":"2022-06-16","place":"市政协","minutes":"会议纪要",
                 "parties":[%s],"attendees":"农工党泸州市委、市住建局"}""";
        Answer notKey =
                api.post(w.leader(), "/api/v1/proposals/" + id + "/supervisions", event.formatted("\"PROPOSER\""));
        assertThat(notKey.status()).isEqualTo(409);
        assertThat((String) notKey.read("$.title")).isEqualTo("只有重点提案才登记督办活动。");

        Answer key = api.post(
                w.staff(),
                "/api/v1/proposals/" + id + "/key",
                "{\"leaderName\":\"张副主席\",\"decision\":\"主席会议（2022年3月）\"}");
        assertThat((Boolean) key.read("$.marks.keyProposal")).isTrue();
        Answer unknown = api.post(
                w.leader(), "/api/v1/proposals/" + id + "/supervisions", event.formatted("\"PROPOSER\",\"MEDIA\""));
        assertThat((List<String>) unknown.read("$.errors[?(@.field=='parties')].message"))
                .containsExactly("参加方“MEDIA”不在可选范围内。");
        Answer recorded = api.post(
                w.leader(),
                "/api/v1/proposals/" + id + "/supervisions",
                event.formatted("\"PROPOSER\",\"HANDLING_UNIT\",\"GOVERNMENT_SUPERVISION_OFFICE\""));
        assertThat(recorded.status()).isEqualTo(200);
        Answer details = api.get(w.leader(), "/api/v1/proposals/" + id);
        assertThat((List<String>) details.read("$.supervisions[0].parties"))
                .containsExactly("PROPOSER", "HANDLING_UNIT", "GOVERNMENT_SUPERVISION_OFFICE");
        Answer good = api.post(w.staff(), "/api/v1/proposals/" + id + "/good", "{\"year\":2022}");
        assertThat((String) good.read("$.title")).isEqualTo("提案当前为“已立案”状态，不能评为优秀提案。");
    }

    @Test
    void theOptionsNameTheConfiguredCodesInChinese() throws Exception {
        Answer options = api.get(w.members().get(0), "/api/v1/proposals/options");
        assertThat((List<String>) options.read("$.categories[*].label"))
                .containsExactly("经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设");
        assertThat((List<String>) options.read("$.notFiledReasons[*].code")).hasSize(10);
        assertThat((List<String>) options.read("$.supervisionParties[*].label"))
                .hasSize(6)
                .contains("提案者");
    }

    @Test
    void aClueIsScreenedIntoTheTopicCatalogueMembersRead() throws Exception {
        long clue = clues.submit(
                w.committeeId(), new ProposalClues.NewClue("王五", "13900001111", "老旧小区加装电梯", "建议简化老旧小区加装电梯的审批流程。"));
        long rejected =
                clues.submit(w.committeeId(), new ProposalClues.NewClue("赵六", "13900002222", "邻里纠纷", "请帮我调解与邻居的纠纷。"));
        assertThatThrownBy(
                        () -> clues.submit(w.committeeId(), new ProposalClues.NewClue("钱七", "x", "t", "长".repeat(301))))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("text"));

        Answer accepted = api.post(
                w.staff(),
                "/api/v1/proposal-clues/" + clue + "/accept",
                "{\"topic\":{\"year\":2022,\"title\":\"老旧小区改造\",\"category\":\"SOCIETY\"}}");
        assertThat(accepted.status()).isEqualTo(200);
        long topic = accepted.id("$.topicId");
        Answer refused =
                api.post(w.staff(), "/api/v1/proposal-clues/" + rejected + "/reject", "{\"reason\":\"属个人纠纷\"}");
        assertThat(refused.status()).isEqualTo(200);
        Answer again = api.post(w.staff(), "/api/v1/proposal-clues/" + rejected + "/reject", "{\"reason\":\"x\"}");
        assertThat((String) again.read("$.title")).isEqualTo("该线索已处理。");

        Answer catalogue = api.get(w.members().get(0), "/api/v1/proposal-topics?year=2022");
        assertThat((List<Integer>) catalogue.read("$[*].id")).containsExactly((int) topic);
        assertThat((List<Integer>) catalogue.read("$[*].clues")).containsExactly(1);
        Answer screened = api.get(w.staff(), "/api/v1/proposal-clues?status=REJECTED");
        assertThat((List<String>) screened.read("$.items[*].screeningReason")).containsExactly("属个人纠纷");
        assertThat(api.get(w.members().get(0), "/api/v1/proposal-clues").status())
                .as("members read the catalogue, not the public's names and contacts")
                .isEqualTo(403);
    }

    @Test
    void aProposalCitesTheClueItCameFromOnlyInItsOwnCommittee() {
        long clue = clues.submit(w.committeeId(), new ProposalClues.NewClue("王五", "139", "t", "text"));
        ProposalTestKit.World other = kit.world(1, 0);
        var draft = new ProposalSubmission.Draft(
                ProposalKind.INDIVIDUAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "from a clue",
                null,
                null,
                null,
                null,
                true,
                null,
                false,
                clue,
                null);
        assertThatThrownBy(() ->
                        kit.as(other.members().get(0), () -> kit.submission().create(draft)))
                .isInstanceOf(Refusals.UnknownReference.class);
        long id =
                kit.as(w.members().get(0), () -> kit.submission().create(draft).id());
        assertThat(kit.count("select clue_id from proposal where id = ?", id)).isEqualTo(clue);
    }
}
