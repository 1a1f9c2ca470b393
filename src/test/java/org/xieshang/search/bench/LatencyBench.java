package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.search.FacetSuggestion;
import org.xieshang.search.Search;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.search.SimilarRecords;
import org.xieshang.shared.Paging;
import org.xieshang.text.ChineseScript;

/**
 * Measures, in one run on one database: search (as committee staff, as a member, and as a leader who sees every
 * committee), similar records (within a meeting, and across a committee), unit suggestions, and the plain indexed
 * {@code SELECT} by id the others are compared with.
 */
final class LatencyBench {

    private final Search search;
    private final SimilarRecords similar;
    private final JdbcClient jdbc;
    private final ChineseScript script;
    private final SyntheticRecords records = new SyntheticRecords();

    LatencyBench(Search search, SimilarRecords similar, JdbcClient jdbc, ChineseScript script) {
        this.search = search;
        this.similar = similar;
        this.jdbc = jdbc;
        this.script = script;
    }

    List<Timings> run(int samples) {
        List<Long> committees = jdbc.sql(
                        "select distinct committee_id from search_document where record_type = 'proposal' order by 1")
                .query(Long.class)
                .list();
        long maxId = jdbc.sql("select max(id) from search_document")
                .query(Long.class)
                .single();
        int warmUp = Math.max(20, samples / 10);
        int baselineSamples = Math.max(1000, samples);
        Random random = new Random(7);
        List<Timings> timings = new ArrayList<>();
        Timings before =
                Timings.measure("SELECT by id, before", baselineSamples, baselineSamples, i -> byId(random, maxId));
        List<SearchQuery> queries = queries(samples + warmUp, new Random(11));
        Map<String, IntFunction<String>> operations = new LinkedHashMap<>();
        operations.put(
                "search, committee staff",
                i -> search(
                        actor(pickCommittee(committees, random), Role.STAFF, Set.of()), queries.get(index(i, warmUp))));
        operations.put(
                "search, member",
                i -> search(
                        actor(pickCommittee(committees, random), Role.MEMBER, Set.of()),
                        queries.get(index(i, warmUp))));
        operations.put(
                "search, leader seeing every committee",
                i -> search(
                        actor(committees.get(0), Role.LEADER, Set.copyOf(committees)), queries.get(index(i, warmUp))));
        operations.put("similar, same meeting", i -> similarInMeeting(committees, random));
        operations.put("similar, whole committee", i -> similarInCommittee(committees, random));
        operations.put("unit suggestions", i -> suggestUnits(committees, random));
        operations.forEach((name, operation) -> {
            if (wanted(name)) {
                timings.add(Timings.measure(name, warmUp, samples, operation));
            }
        });
        Timings after =
                Timings.measure("SELECT by id, after", baselineSamples, baselineSamples, i -> byId(random, maxId));
        timings.add(0, before.pooledWith(after, "SELECT by id (baseline, before and after)"));
        return timings;
    }

    /**
     * {@code -Dbench.only=leader,similar} times only the operations whose names contain one of the words (while tuning
     * one statement; a full run times all). The leader's queries are the same either way.
     */
    private static boolean wanted(String name) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || Arrays.stream(only.split(",")).anyMatch(word -> name.contains(word.trim()));
    }

    private String search(XieshangUser actor, SearchQuery query) {
        SearchResults results = search.find(actor, query, new Paging(1, 20));
        return query.text() + " " + query.facets() + (query.type() == null ? "" : " " + query.type()) + " → "
                + results.hits().total() + (results.exact() ? "" : "+") + (results.allWords() ? "" : " (any word)");
    }

    private static int index(int i, int warmUp) {
        return i < 0 ? -1 - i : warmUp + i;
    }

    private String byId(Random random, long maxId) {
        return jdbc.sql("select id, record_type, record_id, title from search_document where id = ?")
                .param(1 + (long) (random.nextDouble() * maxId))
                .query((rs, row) -> rs.getString("title"))
                .optional()
                .orElse("");
    }

    private String similarInMeeting(List<Long> committees, Random random) {
        Topic topic = SyntheticRecords.pick(random, records.topics());
        String year = String.valueOf(2015 + random.nextInt(10));
        String title = records.proposalTitle(topic, random);
        int found = similar.similarTo(
                        SyntheticRecords.PROPOSAL,
                        pickCommittee(committees, random),
                        Map.of("meeting", year),
                        title,
                        records.proposalBody(topic, random),
                        10)
                .size();
        return title + " → " + found;
    }

    private String similarInCommittee(List<Long> committees, Random random) {
        Topic topic = SyntheticRecords.pick(random, records.topics());
        String title = records.proposalTitle(topic, random);
        int found = similar.similarTo(
                        SyntheticRecords.PROPOSAL,
                        pickCommittee(committees, random),
                        Map.of(),
                        title,
                        records.proposalBody(topic, random),
                        10)
                .size();
        return title + " → " + found;
    }

    private String suggestUnits(List<Long> committees, Random random) {
        Topic topic = SyntheticRecords.pick(random, records.topics());
        String title = records.proposalTitle(topic, random);
        List<FacetSuggestion> units = similar.suggestedFacetValues(
                SyntheticRecords.PROPOSAL,
                pickCommittee(committees, random),
                title,
                records.proposalBody(topic, random),
                "unit",
                10);
        return title + " → " + (units.isEmpty() ? "-" : units.get(0).value());
    }

    /** What people type: a key word, a topic's name, words of two topics, platform terms, traditional script, filters. */
    private List<SearchQuery> queries(int count, Random random) {
        List<String> platform = List.of("协商", "乡村振兴", "有事来协商", "政协委员", "社情民意", "成渝地区双城经济圈");
        List<SearchQuery> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Topic topic = SyntheticRecords.pick(random, records.topics());
            String word = SyntheticRecords.pick(random, topic.words());
            queries.add(
                    switch (random.nextInt(7)) {
                        case 0 -> SearchQuery.of(word);
                        case 1 -> SearchQuery.of(topic.name());
                        case 2 ->
                            SearchQuery.of(word + " "
                                    + SyntheticRecords.pick(
                                            random,
                                            SyntheticRecords.pick(random, records.topics())
                                                    .words()));
                        case 3 -> SearchQuery.of(SyntheticRecords.pick(random, platform));
                        case 4 -> SearchQuery.of(script.toTraditional(word));
                        case 5 ->
                            SearchQuery.of(word)
                                    .ofType(SyntheticRecords.PROPOSAL)
                                    .with("year", "2022");
                        default -> SearchQuery.of(word).with("category", topic.category());
                    });
        }
        return queries;
    }

    private static long pickCommittee(List<Long> committees, Random random) {
        return SyntheticRecords.pick(random, committees);
    }

    private static XieshangUser actor(long committee, Role role, Set<Long> visible) {
        return new XieshangUser(
                1,
                "bench",
                "",
                "bench",
                committee,
                visible.isEmpty() ? Set.of(committee) : visible,
                role == Role.MEMBER ? committee * 1000 + 7 : null,
                null,
                Set.of(role),
                Set.of(),
                true,
                false);
    }
}
