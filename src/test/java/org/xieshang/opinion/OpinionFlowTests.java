package org.xieshang.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.OpinionTestSupport.Tree;
import org.xieshang.support.IntegrationTest;

/**
 * A report's way from a member up through the levels and back: what each level records, the status the submitter
 * sees at every level, the points each ledger credits, and revocation.
 */
@IntegrationTest
@RecordApplicationEvents
class OpinionFlowTests {

    @Autowired
    OpinionTestSupport support;

    @Autowired
    MockMvc mvc;

    OpinionApiClient api;

    @Autowired
    ApplicationEvents events;

    Tree tree;
    long memberId;
    XieshangUser member;
    XieshangUser cityStaff;
    XieshangUser provinceStaff;

    @BeforeEach
    void tree() {
        api = new OpinionApiClient(mvc);
        tree = support.tree(false);
        memberId = support.member(tree.city(), "张晓");
        member = support.user(tree.city(), Role.MEMBER, memberId);
        cityStaff = support.user(tree.city(), Role.STAFF, null);
        provinceStaff = support.user(tree.province(), Role.STAFF, null);
    }

    @Test
    void aMemberSeesTheProvincialAdoptionAndThePointsItEarnedThem() throws Exception {
        long copy = adoptedWithInstruction();

        String queue = api.ok(api.get(provinceStaff, "/api/v1/opinion-reports?incoming=true"));
        assertThat(JsonPath.<List<Integer>>read(queue, "$.items[*].id")).contains((int) copy);

        String mine = api.ok(api.get(member, "/api/v1/opinion-reports/mine"));
        assertThat(JsonPath.<List<String>>read(mine, "$.items[0].levels[*].progress"))
                .containsExactly("ACCEPTED", "ADOPTED");
        assertThat(JsonPath.<String>read(mine, "$.items[0].levels[1].adoptionKind"))
                .isEqualTo("SINGLE");
        assertThat(JsonPath.<Double>read(mine, "$.items[0].myPoints")).isEqualTo(16.0);
        String points = api.ok(api.get(member, "/api/v1/opinion-points/mine"));
        assertThat(JsonPath.<Double>read(points, "$.total")).isEqualTo(16.0);

        assertThat(cityPointsAtTheProvince()).isEqualTo(15.0);
        assertThat(events.stream(OpinionReportSubmitted.class)).hasSize(1);
        assertThat(events.stream(OpinionReportAccepted.class)).hasSize(1);
        assertThat(events.stream(OpinionIssuePublished.class)).hasSize(1);
        assertThat(events.stream(OpinionReportReportedUpward.class)).hasSize(1);
        assertThat(events.stream(OpinionReportReceived.class)).hasSize(1);
        assertThat(events.stream(OpinionReportAdopted.class))
                .extracting(OpinionReportAdopted::origin)
                .containsExactlyInAnyOrder(true, false);
        assertThat(events.stream(OpinionReportAdopted.class).filter(OpinionReportAdopted::origin))
                .allSatisfy(e -> assertThat(e.memberIds()).containsExactly(memberId));
        assertThat(events.stream(InstructionRecorded.class)).hasSize(2);
        assertThat(events.stream(PointsAwarded.class)).hasSize(5);
    }

    @Test
    void revokingAnAdoptionRevokesItsPointsAndTheLedgerKeepsBothEntries() throws Exception {
        long copy = adoptedWithInstruction();
        api.ok(api.post(
                provinceStaff,
                "/api/v1/opinion-reports/" + copy + "/adoption/revoke",
                "{\"reason\":\"经核实已有同类信息\",\"version\":%d}".formatted(api.version(provinceStaff, copy))));

        String points = api.ok(api.get(member, "/api/v1/opinion-points/mine"));
        assertThat(JsonPath.<Double>read(points, "$.total")).isEqualTo(1.0);
        assertThat(JsonPath.<List<Double>>read(points, "$.entries[*].points"))
                .containsExactlyInAnyOrder(1.0, 5.0, 10.0, -5.0, -10.0);
        assertThat(JsonPath.<List<Boolean>>read(points, "$.entries[?(@.points == 5.0)].revoked"))
                .containsExactly(true);
        assertThat(cityPointsAtTheProvince()).isEqualTo(0.0);
        String copyNow = api.ok(api.get(provinceStaff, "/api/v1/opinion-reports/" + copy));
        assertThat(JsonPath.<String>read(copyNow, "$.state")).isEqualTo("RECEIVED");
        String mine = api.ok(api.get(member, "/api/v1/opinion-reports/mine"));
        assertThat(JsonPath.<List<String>>read(mine, "$.items[0].levels[*].progress"))
                .containsExactly("ACCEPTED", "RECEIVED");
        assertThat(events.stream(AdoptionRevoked.class)).hasSize(2);
        assertThat(events.stream(PointsRevoked.class)).hasSize(4);
    }

    @Test
    void outcomesAtTheTopFlowDownToEveryCommitteeOnTheWay() throws Exception {
        long countyMember = support.member(tree.county(), "李县");
        XieshangUser author = support.user(tree.county(), Role.MEMBER, countyMember);
        XieshangUser countyStaff = support.user(tree.county(), Role.STAFF, null);
        XieshangUser nationStaff = support.user(tree.nation(), Role.STAFF, null);
        long id = api.submit(author, "乡村寄递物流短板");
        api.accept(countyStaff, id, "关于补齐农村寄递物流短板的建议");
        api.publish(countyStaff, id);
        long atCity = api.reportUpward(countyStaff, id, "NORMAL");
        api.adopt(cityStaff, atCity, "SINGLE");
        long atProvince = api.reportUpward(cityStaff, atCity, "NORMAL");
        api.adopt(provinceStaff, atProvince, "SINGLE");
        long atNation = api.reportUpward(provinceStaff, atProvince, "NORMAL");
        api.adopt(nationStaff, atNation, "SINGLE");
        api.instruct(nationStaff, atNation, "CENTRAL");

        String levels = api.ok(api.get(author, "/api/v1/opinion-reports/" + id + "/levels"));
        assertThat(JsonPath.<List<String>>read(levels, "$[*].level"))
                .containsExactly("COUNTY", "MUNICIPAL", "PROVINCIAL", "NATIONAL");
        assertThat(JsonPath.<List<String>>read(levels, "$[*].progress"))
                .containsExactly("ACCEPTED", "ADOPTED", "ADOPTED", "ADOPTED");
        // periodical 1 + municipal 1 + provincial 5 + national single 20 + central instruction 30
        String points = api.ok(api.get(author, "/api/v1/opinion-points/mine"));
        assertThat(JsonPath.<Double>read(points, "$.total")).isEqualTo(57.0);
        assertThat(committeePoints(cityStaff, tree.city(), tree.county())).isEqualTo(56.0);
        assertThat(committeePoints(provinceStaff, tree.province(), tree.city())).isEqualTo(55.0);
        assertThat(committeePoints(nationStaff, tree.nation(), tree.province())).isEqualTo(50.0);
    }

    @Test
    void aDirectReportingPointSendsStraightToTheNationalCommittee() throws Exception {
        Tree direct = support.tree(true);
        try {
            long author = support.member(direct.city(), "王直");
            XieshangUser m = support.user(direct.city(), Role.MEMBER, author);
            XieshangUser staff = support.user(direct.city(), Role.STAFF, null);
            XieshangUser nationStaff = support.user(direct.nation(), Role.STAFF, null);
            long id = api.submit(m, "直报信息");
            api.accept(staff, id, "关于完善直报机制的建议");
            long copy = api.reportUpward(staff, id, "DIRECT");
            String atNation = api.ok(api.get(nationStaff, "/api/v1/opinion-reports/" + copy));
            assertThat(JsonPath.<Integer>read(atNation, "$.committeeId")).isEqualTo((int) direct.nation());
        } finally {
            support.notDirect(direct.city());
        }
    }

    @Test
    void aCommitteeThatIsNoDirectReportingPointCannotSendStraightToTheTop() throws Exception {
        long other = api.submit(member, "普通信息");
        api.accept(cityStaff, other, "关于改进普通工作的建议");
        String refused = api.post(
                        cityStaff, "/api/v1/opinion-reports/" + other + "/report-upward", "{\"channel\":\"DIRECT\"}")
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(refused, "$.code")).isEqualTo("opinion.not-direct-reporting-point");
        assertThat(JsonPath.<String>read(refused, "$.title")).isEqualTo("本级政协不是直报点，不能直报全国政协。");
    }

    /** The member's report accepted, published, sent up, adopted as a single piece with a provincial instruction. */
    private long adoptedWithInstruction() throws Exception {
        long id = api.submit(member, "城区停车难亟待解决");
        api.accept(cityStaff, id, "关于加快中心城区停车设施建设的建议");
        assertThat(api.publish(cityStaff, id)).isEqualTo(1);
        long copy = api.reportUpward(cityStaff, id, "NORMAL");
        api.adopt(provinceStaff, copy, "SINGLE");
        api.instruct(provinceStaff, copy, "PROVINCIAL");
        return copy;
    }

    private double cityPointsAtTheProvince() throws Exception {
        return committeePoints(provinceStaff, tree.province(), tree.city());
    }

    private double committeePoints(XieshangUser as, long parent, long child) throws Exception {
        String ranking = api.ok(api.get(as, "/api/v1/opinion-rankings/committees?parentId=" + parent));
        List<Map<String, Object>> rows = JsonPath.read(ranking, "$[?(@.id == " + child + ")]");
        return ((Number) rows.get(0).get("points")).doubleValue();
    }
}
