package org.xieshang.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.FacetSuggestion;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SimilarRecords;
import org.xieshang.search.bench.LabelledProposals.Proposal;
import org.xieshang.search.bench.QualityBench.DemoProposal;

/**
 * Unit suggestions on the demo proposals: a fixed fifth is held back, the rest indexed with the unit that led their
 * handling, and each held-back proposal asks {@code suggestedFacetValues(…, "unit", 10)}; hits in the first and the
 * first three places, against always suggesting the commonest units and against a lookup of the demo generator's own
 * topic→unit list (which shows how much of the figure the generator hands over). The hand-written proposals are asked
 * the same against the same index, with the unit their writer would send them to.
 */
final class UnitQuality {

    static final int VOTERS = 10;
    private static final long SEED = 20261125L;

    private final SearchIndex index;
    private final SimilarRecords similar;
    private final String type;
    private final long committee;

    UnitQuality(SearchIndex index, SimilarRecords similar, String type, long committee) {
        this.index = index;
        this.similar = similar;
        this.type = type;
        this.committee = committee;
    }

    /** Hits of one way of suggesting, over the proposals asked. */
    private record Score(int asked, int first, int topThree) {

        String row(String name) {
            return String.format(
                    "| %s | %d | %.3f | %.3f |", name, asked, (double) first / asked, (double) topThree / asked);
        }
    }

    List<String> run(List<DemoProposal> demo, LabelledProposals labelled) {
        List<DemoProposal> shuffled = new ArrayList<>(demo);
        Collections.shuffle(shuffled, new Random(SEED));
        int heldBack = shuffled.size() / 5;
        List<DemoProposal> held = shuffled.subList(0, heldBack);
        List<DemoProposal> indexed = shuffled.subList(heldBack, shuffled.size());
        Map<String, Integer> frequency = indexWithUnits(indexed);
        List<String> commonest = frequency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, List<String>> topics = demoTopics();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "%d demo proposals with a lead unit: %d held back (seed %d), %d indexed with their lead unit as the"
                        + " `unit` facet; each asks `suggestedFacetValues(…, \"unit\", %d)`.",
                demo.size(), held.size(), SEED, indexed.size(), VOTERS));
        lines.add("");
        lines.add("| suggestions | asked | top-1 accuracy | top-3 accuracy |");
        lines.add("|---|---|---|---|");
        lines.add(score(held, p -> suggested(p.title(), p.body()), DemoProposal::leadUnit)
                .row("similar records vote (held-back demo proposals)"));
        lines.add(score(held, p -> commonest, DemoProposal::leadUnit).row("the three commonest units (baseline)"));
        lines.add(score(held, p -> topicUnits(topics, p.title()), DemoProposal::leadUnit)
                .row("the generator's own units of the topic named in the title"));
        List<Proposal> hand = labelled.proposals();
        lines.add(score(hand, p -> suggested(p.title(), p.body()), Proposal::unit)
                .row("similar records vote (hand-written proposals)"));
        lines.add(score(hand, p -> commonest, Proposal::unit).row("the three commonest units (hand-written)"));
        lines.add("");
        lines.add("Commonest units among the indexed: " + String.join(", ", commonest) + ". Of the hand-written"
                + " proposals, "
                + hand.stream().filter(p -> frequency.containsKey(p.unit())).count() + " of "
                + hand.size() + " name a unit that led any indexed demo proposal (no vote can suggest the others).");
        return lines;
    }

    /** Indexes the proposals with their lead unit as the facet; returns how often each unit led. */
    private Map<String, Integer> indexWithUnits(List<DemoProposal> proposals) {
        Map<String, Integer> frequency = new HashMap<>();
        for (DemoProposal p : proposals) {
            index.put(new SearchDocument(
                    type,
                    p.id(),
                    committee,
                    p.title(),
                    p.body(),
                    Map.of("unit", p.leadUnit()),
                    Set.of(AccessTokens.PUBLIC),
                    null,
                    null));
            frequency.merge(p.leadUnit(), 1, Integer::sum);
        }
        return frequency;
    }

    private List<String> suggested(String title, String body) {
        return similar.suggestedFacetValues(type, committee, title, body, "unit", VOTERS).stream()
                .map(FacetSuggestion::value)
                .toList();
    }

    private static <T> Score score(
            List<T> asked,
            java.util.function.Function<T, List<String>> suggest,
            java.util.function.Function<T, String> truth) {
        int first = 0;
        int topThree = 0;
        for (T item : asked) {
            List<String> suggestions = suggest.apply(item);
            String unit = truth.apply(item);
            first += !suggestions.isEmpty() && suggestions.get(0).equals(unit) ? 1 : 0;
            topThree += suggestions.subList(0, Math.min(3, suggestions.size())).contains(unit) ? 1 : 0;
        }
        return new Score(asked.size(), first, topThree);
    }

    /** The units listed for the longest demo topic whose name the title contains. */
    private static List<String> topicUnits(Map<String, List<String>> topics, String title) {
        return topics.keySet().stream()
                .filter(title::contains)
                .max(Comparator.comparingInt(String::length))
                .map(topics::get)
                .orElse(List.of());
    }

    /** The demo generator's topics ({@code topic|category|name|units}) from the proposal module's demo texts. */
    private static Map<String, List<String>> demoTopics() {
        try (InputStream in = UnitQuality.class.getClassLoader().getResourceAsStream("demo/proposal/texts.txt")) {
            Map<String, List<String>> topics = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith("topic|"))
                    .map(line -> line.split("\\|"))
                    .forEach(fields -> topics.put(fields[2], List.of(fields[3].split(","))));
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
