package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * Similar records: a near-duplicate written differently scores above a record on the same topic, which scores above an
 * unrelated one; scope, exclusion, access and unit suggestions. Each test uses a record type of its own, so the word
 * statistics are its own too.
 */
@IntegrationTest
class SimilarRecordsTests {

    static final String ELEVATOR_TITLE = "关于加快老旧小区加装电梯的建议";
    static final String ELEVATOR_BODY =
            "我市老旧小区多建于上世纪九十年代，没有电梯，老年人上下楼十分困难。建议政府加大财政补贴力度，" + "简化加装电梯审批流程，建立加装电梯协调机制，由街道社区牵头做好低层住户的协商工作。";
    static final String REWRITTEN_TITLE = "關於推進老舊小區增設電梯的建議";
    static final String REWRITTEN_BODY =
            "老舊住宅小區普遍沒有電梯，老年居民上下樓困難。建議簡化增設電梯的審批手續，提高財政補貼標準，" + "由社區居委會協調低層住戶意見，加快老舊小區電梯加裝進度。";
    static final String SAFETY_TITLE = "关于加强电梯安全监管的建议";
    static final String SAFETY_BODY = "近年来我市电梯数量快速增长，部分住宅电梯老化，维护保养不到位，困人事故时有发生。" + "建议市场监管部门加强电梯维保质量检查，建立电梯安全责任保险制度。";
    static final String FARM_TITLE = "关于发展乡村特色产业的建议";
    static final String FARM_BODY = "我市乡村特色农产品品牌影响力不足，建议加大品牌培育力度，发展农村电商，完善冷链物流体系，带动农民增收。";

    static final List<String[]> BACKGROUND = List.of(
            new String[] {"关于加强社区养老服务的建议", "我市老年人口比例上升，建议加大社区养老服务设施建设力度，完善居家养老服务补贴政策。"},
            new String[] {"关于缓解中心城区交通拥堵的建议", "建议优化公交线路，建设智能交通系统，加强停车管理。"},
            new String[] {"关于促进义务教育均衡发展的建议", "建议加大农村学校投入，推进城乡教师交流轮岗，缩小城乡教育差距。"},
            new String[] {"关于加强河道综合治理的建议", "建议建立河长制考核机制，加大河道污染治理力度，保护长江生态环境。"});

    @Autowired
    SearchIndex index;

    @Autowired
    SimilarRecords similar;

    @Autowired
    Fixtures fixtures;

    long committee;
    String type;

    @BeforeEach
    void aTypeAndCommitteeOfItsOwn() {
        committee = fixtures.committee();
        type = "sim-" + UUID.randomUUID().toString().substring(0, 8);
        BACKGROUND.forEach(text -> put(text[0], text[1], Map.of(), Set.of(AccessTokens.PUBLIC)));
    }

    private long put(String title, String body, Map<String, String> facets, Set<String> tokens) {
        SearchDocument doc = SearchDocs.doc(type, committee, title, body, facets, tokens);
        index.put(doc);
        return doc.id();
    }

    private long put(String title, String body) {
        return put(title, body, Map.of(), Set.of(AccessTokens.PUBLIC));
    }

    private static double scoreOf(List<SimilarRecord> found, long id) {
        return found.stream()
                .filter(r -> r.id() == id)
                .mapToDouble(SimilarRecord::score)
                .findFirst()
                .orElse(0);
    }

    @Test
    void aNearDuplicateScoresAboveTheSameTopicWhichScoresAboveAnUnrelatedRecord() {
        long duplicate = put(ELEVATOR_TITLE, ELEVATOR_BODY);
        long sameTopic = put(SAFETY_TITLE, SAFETY_BODY);
        long unrelated = put(FARM_TITLE, FARM_BODY);

        List<SimilarRecord> found = similar.similarTo(type, committee, Map.of(), REWRITTEN_TITLE, REWRITTEN_BODY, 10);

        assertThat(found).extracting(SimilarRecord::id).startsWith(duplicate, sameTopic);
        assertThat(scoreOf(found, duplicate)).isGreaterThan(0.4).isLessThanOrEqualTo(1.0);
        assertThat(scoreOf(found, sameTopic)).isGreaterThan(scoreOf(found, unrelated));
        assertThat(scoreOf(found, unrelated)).isLessThan(0.1);
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void theSameTextScoresOne() {
        long same = put(ELEVATOR_TITLE, ELEVATOR_BODY);

        List<SimilarRecord> found = similar.similarTo(type, committee, Map.of(), ELEVATOR_TITLE, ELEVATOR_BODY, 3);

        assertThat(found.get(0).id()).isEqualTo(same);
        assertThat(found.get(0).score()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void onlyRecordsInScopeAndNotTheRecordItselfAreCompared() {
        long firstMeeting = put(ELEVATOR_TITLE, ELEVATOR_BODY, Map.of("meeting", "9-1"), Set.of(AccessTokens.PUBLIC));
        long secondMeeting =
                put(SAFETY_TITLE + "（二次会议）", ELEVATOR_BODY, Map.of("meeting", "9-2"), Set.of(AccessTokens.PUBLIC));

        assertThat(similar.similarTo(type, committee, Map.of("meeting", "9-2"), REWRITTEN_TITLE, REWRITTEN_BODY, 10))
                .extracting(SimilarRecord::id)
                .containsExactly(secondMeeting);
        assertThat(similar.similarTo(type, committee, Map.of(), ELEVATOR_TITLE, ELEVATOR_BODY, firstMeeting, 10))
                .extracting(SimilarRecord::id)
                .doesNotContain(firstMeeting)
                .startsWith(secondMeeting);
        assertThat(similar.similarTo(type, fixtures.committee(), Map.of(), ELEVATOR_TITLE, ELEVATOR_BODY, 10))
                .isEmpty();
    }

    @Test
    void anActorIsShownOnlySimilarRecordsTheyMayOpen() {
        long staffOnly =
                put(ELEVATOR_TITLE, ELEVATOR_BODY, Map.of(), Set.of(AccessTokens.committeeRole(committee, "STAFF")));
        long open = put(SAFETY_TITLE, SAFETY_BODY);

        assertThat(similar.similarTo(
                        fixtures.user(committee, Role.MEMBER),
                        type,
                        committee,
                        Map.of(),
                        REWRITTEN_TITLE,
                        REWRITTEN_BODY,
                        10))
                .extracting(SimilarRecord::id)
                .doesNotContain(staffOnly)
                .contains(open);
        assertThat(similar.similarTo(
                        fixtures.user(committee, Role.STAFF),
                        type,
                        committee,
                        Map.of(),
                        REWRITTEN_TITLE,
                        REWRITTEN_BODY,
                        10))
                .extracting(SimilarRecord::id)
                .startsWith(staffOnly);
    }

    @Test
    void unitsAreSuggestedFromHowSimilarRecordsWereAssigned() {
        Set<String> open = Set.of(AccessTokens.PUBLIC);
        put(ELEVATOR_TITLE, ELEVATOR_BODY, Map.of("unit", "市住房城乡建设局"), open);
        put("关于老旧小区改造中同步加装电梯的建议", "老旧小区改造应统筹加装电梯，财政补贴向低收入老年人家庭倾斜。", Map.of("unit", "市住房城乡建设局"), open);
        put(SAFETY_TITLE, SAFETY_BODY, Map.of("unit", "市市场监管局"), open);
        put("关于改善农村学校办学条件的建议", "农村学校校舍老旧，建议加大教育投入。", Map.of("unit", "市教育局"), open);
        put(FARM_TITLE, FARM_BODY, Map.of("unit", "市农业农村局"), open);
        put("关于老旧小区电梯的建议", "老旧小区电梯加装尚未分配承办单位。");

        List<FacetSuggestion> units =
                similar.suggestedFacetValues(type, committee, REWRITTEN_TITLE, REWRITTEN_BODY, "unit", 5);

        assertThat(units).extracting(FacetSuggestion::value).startsWith("市住房城乡建设局");
        assertThat(units.get(0).records()).isEqualTo(2);
        assertThat(units.stream().mapToDouble(FacetSuggestion::weight).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
