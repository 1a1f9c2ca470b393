package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.FacetSuggestion;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.text.ChineseScript;

/**
 * Scaffolding of the quality benchmark (issue 5 part 5), on synthetic text until the labelled set of real proposals
 * exists: pairs labelled near-duplicate (the same case — topic, focus, town, village, figures — written again with
 * other templates, half the time in traditional script), same topic (another focus and case) and unrelated (another
 * topic). The first text of every pair is
 * indexed among background proposals; the second is the probe. A merge suggestion is any record scoring at least the
 * threshold; precision counts every suggestion, recall the near-duplicates found. Then unit suggestions: the share of
 * held-back proposals whose unit is among the top three suggested, against always suggesting the three commonest.
 */
final class QualityBench {

    private static final long COMMITTEE = 999_000_001L;

    private final SearchIndex index;
    private final SimilarRecords similar;
    private final ChineseScript script;
    private final JdbcClient jdbc;
    private final SyntheticRecords records = new SyntheticRecords();

    QualityBench(SearchIndex index, SimilarRecords similar, ChineseScript script, JdbcClient jdbc) {
        this.index = index;
        this.similar = similar;
        this.script = script;
        this.jdbc = jdbc;
    }

    enum Label {
        NEAR_DUPLICATE,
        SAME_TOPIC,
        UNRELATED
    }

    record Pair(Label label, long firstId, String title, String body) {}

    List<String> run(int pairsPerLabel, int background, int heldBack) {
        List<String> lines = new ArrayList<>();
        try {
            lines.addAll(mergeSuggestions(pairsPerLabel, background));
            lines.add("");
            lines.addAll(unitSuggestions(background, heldBack));
        } finally {
            // its documents live in a committee of their own; take them out so latency runs never meet them
            jdbc.sql("delete from search_document where committee_id = ?")
                    .param(COMMITTEE)
                    .update();
        }
        return lines;
    }

    private List<String> mergeSuggestions(int pairsPerLabel, int background) {
        String type = "quality-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(5);
        long id = 1;
        for (; id <= background; id++) {
            index.put(SyntheticRecords.retyped(records.proposal(id, COMMITTEE, random), type));
        }
        List<Pair> pairs = new ArrayList<>();
        for (Label label : Label.values()) {
            for (int i = 0; i < pairsPerLabel; i++) {
                pairs.add(pair(type, label, id++, random));
            }
        }
        Map<Pair, List<SimilarRecord>> found = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            found.put(pair, similar.similarTo(type, COMMITTEE, Map.of(), pair.title(), pair.body(), 10));
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "Merge suggestions: %d pairs (%d near-duplicate, %d same topic, %d unrelated) among %d background"
                        + " proposals.",
                pairs.size(), pairsPerLabel, pairsPerLabel, pairsPerLabel, background));
        lines.add("");
        lines.add("| threshold | suggestions | true | precision | recall | F1 |");
        lines.add("|---|---|---|---|---|---|");
        for (int step = 2; step <= 16; step++) {
            lines.add(scoreAt(step * 0.05, found, pairsPerLabel));
        }
        lines.add("");
        lines.add("Partner score by label (median): " + medians(found));
        return lines;
    }

    private Pair pair(String type, Label label, long id, Random random) {
        List<Topic> topics = records.topics();
        Topic topic = SyntheticRecords.pick(random, topics);
        List<String> words = new ArrayList<>(topic.words());
        Collections.shuffle(words, random);
        Topic focus = topic.focusedOn(words.subList(0, 3));
        Topic second = switch (label) {
            case NEAR_DUPLICATE -> focus;
            case SAME_TOPIC -> topic.focusedOn(words.subList(3, 6));
            case UNRELATED ->
                SyntheticRecords.pick(
                        random, topics.stream().filter(t -> t != topic).toList());
        };
        index.put(new SearchDocument(
                type,
                id,
                COMMITTEE,
                records.proposalTitle(focus, random),
                records.proposalBody(focus, random),
                Map.of(),
                Set.of(AccessTokens.PUBLIC),
                null,
                null));
        String title = records.proposalTitle(second, random);
        String body = records.proposalBody(second, random);
        if (label == Label.NEAR_DUPLICATE && random.nextBoolean()) {
            title = script.toTraditional(title);
            body = script.toTraditional(body);
        }
        return new Pair(label, id, title, body);
    }

    private static String scoreAt(double threshold, Map<Pair, List<SimilarRecord>> found, int positives) {
        int suggestions = 0;
        int correct = 0;
        for (Map.Entry<Pair, List<SimilarRecord>> entry : found.entrySet()) {
            for (SimilarRecord record : entry.getValue()) {
                if (record.score() >= threshold) {
                    suggestions++;
                    if (entry.getKey().label() == Label.NEAR_DUPLICATE
                            && record.id() == entry.getKey().firstId()) {
                        correct++;
                    }
                }
            }
        }
        double precision = suggestions == 0 ? 1 : (double) correct / suggestions;
        double recall = (double) correct / positives;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return String.format(
                "| %.2f | %d | %d | %.3f | %.3f | %.3f |", threshold, suggestions, correct, precision, recall, f1);
    }

    private static String medians(Map<Pair, List<SimilarRecord>> found) {
        Map<Label, List<Double>> scores = new HashMap<>();
        found.forEach((pair, list) -> scores.computeIfAbsent(pair.label(), l -> new ArrayList<>())
                .add(list.stream()
                        .filter(r -> r.id() == pair.firstId())
                        .mapToDouble(SimilarRecord::score)
                        .findFirst()
                        .orElse(0)));
        return scores.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + String.format("%.3f", median(e.getValue())))
                .collect(Collectors.joining(", "));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private List<String> unitSuggestions(int background, int heldBack) {
        String type = "units-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(9);
        Map<String, Integer> frequency = new HashMap<>();
        for (long id = 1; id <= background; id++) {
            SearchDocument doc = SyntheticRecords.retyped(records.proposal(id, COMMITTEE, random), type);
            index.put(doc);
            String unit = doc.facets().get("unit");
            if (unit != null) {
                frequency.merge(unit, 1, Integer::sum);
            }
        }
        List<String> commonest = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        int tried = 0;
        int hits = 0;
        int baseline = 0;
        for (long id = background + 1; tried < heldBack; id++) {
            SearchDocument held = records.proposal(id, COMMITTEE, random);
            String unit = held.facets().get("unit");
            if (unit == null) {
                continue;
            }
            tried++;
            List<String> top3 =
                    similar.suggestedFacetValues(type, COMMITTEE, held.title(), held.body(), "unit", 10).stream()
                            .limit(3)
                            .map(FacetSuggestion::value)
                            .toList();
            hits += top3.contains(unit) ? 1 : 0;
            baseline += commonest.contains(unit) ? 1 : 0;
        }
        return List.of(String.format(
                "Unit suggestions: top-3 accuracy %.3f on %d held-back proposals (%d indexed with their units);"
                        + " always suggesting the three commonest units: %.3f.",
                (double) hits / tried, tried, background, (double) baseline / tried));
    }
}
