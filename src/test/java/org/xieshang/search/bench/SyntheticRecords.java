package org.xieshang.search.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;

/**
 * Synthetic but realistic proposals and public-opinion reports: a topic's key words set in varied sentence templates,
 * with the platform's own vocabulary (the text module's user dictionary: 协商议事室, 乡村振兴, 成渝地区双城经济圈…), the
 * towns and villages of 泸州 (the organisation module's demo lists), the particulars of a case, facets and access
 * tokens as the owning modules would set them. Deterministic for a seed.
 */
final class SyntheticRecords {

    static final String PROPOSAL = "proposal";
    static final String OPINION = "opinion";
    static final long FIRST_COMMITTEE = 1_000_001;
    static final int PROPOSALS_PER_COMMITTEE = 5_000;

    private static final List<String> PLACES =
            List.of("我市", "江阳区", "龙马潭区", "纳溪区", "泸县", "合江县", "叙永县", "古蔺县", "中心城区", "部分乡镇", "城郊结合部");
    private static final List<String> LEADS = List.of("加快", "推进", "加强", "完善", "优化", "促进", "进一步做好", "切实抓好");
    private static final List<String> VERBS = List.of("加大", "完善", "建立健全", "推动", "强化", "优化", "落实", "探索", "统筹");
    private static final List<String> PROBLEMS =
            List.of("不够完善", "相对滞后", "覆盖不足", "投入不足", "标准不统一", "群众满意度不高", "缺乏统筹", "管理粗放", "底数不清");
    private static final List<String> GOALS = List.of("高质量发展", "民生改善", "群众获得感", "乡村振兴", "社会治理现代化", "共同富裕");
    private static final List<String> PROPOSAL_STATUS = List.of("已立案", "已立案", "已交办", "已答复", "已办结", "不予立案");
    private static final List<String> OPINION_STATUS = List.of("已录用", "留存", "已签发", "已编辑", "已报送");

    private final List<Topic> topics;
    private final List<String> vocabulary;
    private final List<String> units;
    private final List<String> towns;
    private final List<String> villages;

    SyntheticRecords() {
        towns = Topic.resourceLines("demo/organisation/luzhou-divisions.txt").stream()
                .map(line -> line.split("\\|"))
                .filter(parts -> parts[0].equals("town"))
                .map(parts -> parts[2])
                .toList();
        villages = Topic.resourceLines("demo/organisation/village-names.txt").stream()
                .map(line -> line.split("\\|")[1])
                .toList();
        topics = Topic.load();
        vocabulary = Topic.resourceLines("text/user-dictionary.txt").stream()
                .map(line -> line.split(" ")[0])
                .toList();
        units = topics.stream().map(Topic::unit).distinct().toList();
    }

    List<Topic> topics() {
        return topics;
    }

    /** The same document under another record type (the quality runs keep theirs apart from the latency data). */
    static SearchDocument retyped(SearchDocument doc, String type) {
        return new SearchDocument(
                type,
                doc.id(),
                doc.committeeId(),
                doc.title(),
                doc.body(),
                doc.facets(),
                doc.accessTokens(),
                doc.link(),
                doc.at());
    }

    static long committeeOf(long sequence, long perCommittee) {
        return FIRST_COMMITTEE + (sequence - 1) / perCommittee;
    }

    /** The proposal with this sequence number (1..): committee, year and topic follow from the number and the seed. */
    SearchDocument proposal(long id, long committee, Random random) {
        Topic topic = focus(pick(random, topics), random);
        int year = 2015 + random.nextInt(10);
        String status = pick(random, PROPOSAL_STATUS);
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("category", topic.category());
        facets.put("status", status);
        facets.put("meeting", String.valueOf(year));
        String unit = random.nextInt(10) < 8 ? topic.unit() : pick(random, units);
        if (!status.equals("不予立案")) {
            facets.put("unit", unit);
        }
        Set<String> tokens = new LinkedHashSet<>(List.of(
                AccessTokens.committeeRole(committee, "STAFF"),
                AccessTokens.committeeRole(committee, "LEADER"),
                AccessTokens.member(committee * 1000 + random.nextInt(450)),
                AccessTokens.unit(units.indexOf(unit))));
        if (!status.equals("不予立案") && random.nextInt(10) < 7) {
            tokens.add(AccessTokens.PUBLIC);
        }
        return new SearchDocument(
                PROPOSAL,
                id,
                committee,
                proposalTitle(topic, random),
                proposalBody(topic, random),
                facets,
                tokens,
                "/proposals/" + id,
                at(year, random));
    }

    SearchDocument report(long id, long committee, Random random) {
        Topic topic = focus(pick(random, topics), random);
        int year = 2015 + random.nextInt(10);
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("category", topic.category());
        facets.put("status", pick(random, OPINION_STATUS));
        Set<String> tokens = new LinkedHashSet<>(List.of(
                AccessTokens.committeeRole(committee, "STAFF"),
                AccessTokens.member(committee * 1000 + random.nextInt(450))));
        if (random.nextInt(10) < 2) {
            tokens.add(AccessTokens.PUBLIC);
        }
        return new SearchDocument(
                OPINION,
                id,
                committee,
                reportTitle(topic, random),
                reportBody(topic, random),
                facets,
                tokens,
                "/opinions/" + id,
                at(year, random));
    }

    /** A record is about part of its topic: three to five of its words, as real proposals on one topic differ. */
    static Topic focus(Topic topic, Random random) {
        List<String> words = new ArrayList<>(topic.words());
        Collections.shuffle(words, random);
        return topic.focusedOn(words.subList(0, 3 + random.nextInt(3)));
    }

    String proposalTitle(Topic topic, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "关于" + pick(random, LEADS) + topic.name() + "的建议";
            case 1 -> "关于" + word(topic, random) + word(topic, random) + "问题的建议";
            case 2 -> "关于" + pick(random, PLACES) + topic.name() + "的提案";
            default -> "关于" + pick(random, VERBS) + word(topic, random) + "推动" + topic.name() + "的建议";
        };
    }

    /**
     * The particulars of one case — the town and village it happened in, how many households, how much money — which
     * a near-duplicate shares with its original and another record on the same topic does not.
     */
    record Particulars(String town, String village, int households, int yuan) {}

    Particulars particulars(Random random) {
        return new Particulars(
                pick(random, towns), pick(random, villages), 20 + random.nextInt(980), 5 + random.nextInt(495));
    }

    String proposalBody(Topic topic, Random random) {
        return proposalBody(topic, particulars(random), random);
    }

    String proposalBody(Topic topic, Particulars case_, Random random) {
        StringBuilder body = new StringBuilder();
        body.append(grounds(topic, random));
        body.append(caseOf(topic, case_, random));
        int suggestions = 2 + random.nextInt(3);
        String[] order = {"一是", "二是", "三是", "四是"};
        body.append("为此建议：");
        for (int i = 0; i < suggestions; i++) {
            body.append(order[i]).append(suggestion(topic, random));
        }
        if (random.nextBoolean()) {
            body.append(filler(random));
        }
        return body.toString();
    }

    String reportTitle(Topic topic, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, PLACES) + word(topic, random) + pick(random, PROBLEMS) + "问题亟待重视";
            case 1 -> "关于" + pick(random, VERBS) + word(topic, random) + "的建议";
            default -> "群众反映" + pick(random, PLACES) + word(topic, random) + "难";
        };
    }

    String reportBody(Topic topic, Random random) {
        return grounds(topic, random) + caseOf(topic, particulars(random), random) + "建议" + topic.unit()
                + suggestion(topic, random)
                + (random.nextBoolean() ? filler(random) : "");
    }

    private String caseOf(Topic topic, Particulars case_, Random random) {
        return switch (random.nextInt(3)) {
            case 0 ->
                "以" + case_.town() + case_.village() + "为例，全村" + case_.households() + "户群众中，" + word(topic, random)
                        + "问题较为突出，需投入约" + case_.yuan() + "万元。";
            case 1 ->
                case_.town() + case_.village() + "有" + case_.households() + "户居民反映" + word(topic, random) + "问题，测算所需资金"
                        + case_.yuan() + "万元。";
            default ->
                "据" + case_.town() + "反映，" + case_.village() + word(topic, random) + "涉及" + case_.households()
                        + "户，资金缺口" + case_.yuan() + "万元。";
        };
    }

    private String grounds(Topic topic, Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(
                    switch (random.nextInt(4)) {
                        case 0 ->
                            pick(random, PLACES) + word(topic, random) + "工作取得一定成效，但" + word(topic, random) + "、"
                                    + word(topic, random) + "等方面仍存在短板。";
                        case 1 ->
                            "据调研，" + pick(random, PLACES) + word(topic, random) + pick(random, PROBLEMS) + "，"
                                    + word(topic, random) + pick(random, PROBLEMS) + "，群众反映较为强烈。";
                        case 2 ->
                            "当前，" + topic.name() + "面临" + word(topic, random) + "不足、" + word(topic, random)
                                    + "滞后等问题，制约了" + pick(random, GOALS) + "。";
                        default -> "在" + pick(random, vocabulary) + "过程中，不少委员和群众提出" + word(topic, random) + "方面的意见。";
                    });
        }
        return text.toString();
    }

    private String suggestion(Topic topic, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(random, VERBS) + word(topic, random) + "，" + pick(random, VERBS) + word(topic, random) + "。";
            case 1 ->
                "由" + topic.unit() + "牵头，会同相关部门" + pick(random, VERBS) + word(topic, random) + "，将"
                        + word(topic, random) + "纳入年度考核。";
            default ->
                "把" + word(topic, random) + "作为" + pick(random, GOALS) + "的重要抓手，" + pick(random, VERBS)
                        + word(topic, random) + "长效机制。";
        };
    }

    private String filler(Random random) {
        return "要充分发挥" + pick(random, vocabulary) + "作用，围绕" + pick(random, vocabulary) + "广泛凝聚共识，推动"
                + pick(random, GOALS) + "。";
    }

    private static String word(Topic topic, Random random) {
        return pick(random, topic.words());
    }

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static OffsetDateTime at(int year, Random random) {
        return OffsetDateTime.of(
                year, 1 + random.nextInt(12), 1 + random.nextInt(28), 9, 0, 0, 0, ZoneOffset.ofHours(8));
    }
}
