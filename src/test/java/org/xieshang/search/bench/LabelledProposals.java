package org.xieshang.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The hand-written labelled set of the quality benchmark: {@code search/bench/quality/proposals.txt} (proposals as
 * members write them, with the unit that would lead the handling) and {@code pairs.txt} (two of them and whether they
 * are near-duplicates, on the same topic or unrelated). The formats are described at the top of both files.
 */
public final class LabelledProposals {

    private static final String FOLDER = "search/bench/quality/";

    public enum Label {
        DUPLICATE,
        RELATED,
        UNRELATED
    }

    /** {@code number} is the proposal's position in the file (from 1): callers add it to a base of their own ids. */
    public record Proposal(String key, int number, String unit, String title, String body) {

        /** The topic number the key starts with ({@code 09B2} → 9). */
        public int topic() {
            return Integer.parseInt(key.substring(0, 2));
        }
    }

    /** The probe asks for similar records; the partner is the record whose suggestion is counted. */
    public record Pair(Proposal partner, Proposal probe, Label label) {}

    private final List<Proposal> proposals;
    private final List<Pair> pairs;

    private LabelledProposals(List<Proposal> proposals, List<Pair> pairs) {
        this.proposals = List.copyOf(proposals);
        this.pairs = List.copyOf(pairs);
    }

    public static LabelledProposals load() {
        Map<String, Proposal> byKey = new LinkedHashMap<>();
        for (String block : read("proposals.txt").split("\\n\\s*\\n")) {
            List<String> lines = block.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            String head = lines.get(0);
            if (!head.startsWith("[") || lines.size() < 3) {
                throw new IllegalStateException("Not a proposal block: " + block);
            }
            String key = head.substring(1, head.indexOf(']'));
            String unit = head.substring(head.indexOf(']') + 1).strip();
            String body = String.join("\n", lines.subList(2, lines.size()));
            if (byKey.put(key, new Proposal(key, byKey.size() + 1, unit, lines.get(1), body)) != null) {
                throw new IllegalStateException("Proposal " + key + " twice");
            }
        }
        List<Pair> pairs = new ArrayList<>();
        read("pairs.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] fields = line.split("\\s+");
                    pairs.add(new Pair(
                            required(byKey, fields[0]),
                            required(byKey, fields[1]),
                            Label.valueOf(fields[2].toUpperCase(Locale.ROOT))));
                });
        return new LabelledProposals(new ArrayList<>(byKey.values()), pairs);
    }

    private static Proposal required(Map<String, Proposal> byKey, String key) {
        Proposal proposal = byKey.get(key);
        if (proposal == null) {
            throw new IllegalStateException("pairs.txt names " + key + ", which proposals.txt lacks");
        }
        return proposal;
    }

    private static String read(String file) {
        try (InputStream in = LabelledProposals.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Proposal> proposals() {
        return proposals;
    }

    public List<Pair> pairs() {
        return pairs;
    }

    /** The proposals and pairs of the topics accepted (both members of a pair must be kept). */
    public LabelledProposals ofTopics(Predicate<Integer> topics) {
        return new LabelledProposals(
                proposals.stream().filter(p -> topics.test(p.topic())).toList(),
                pairs.stream()
                        .filter(p -> topics.test(p.partner().topic())
                                && topics.test(p.probe().topic()))
                        .toList());
    }

    /** All the proposals with every {@code n}-th pair (the first, the n+1-th…), which keeps the labels' shares. */
    public LabelledProposals everyNthPair(int n) {
        List<Pair> kept = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += n) {
            kept.add(pairs.get(i));
        }
        return new LabelledProposals(proposals, kept);
    }

    /** The same pairs probed the other way round (the partner asks, the probe is looked for). */
    public LabelledProposals reversed() {
        return new LabelledProposals(
                proposals,
                pairs.stream()
                        .map(p -> new Pair(p.probe(), p.partner(), p.label()))
                        .toList());
    }
}
