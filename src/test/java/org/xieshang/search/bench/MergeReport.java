package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.xieshang.search.bench.LabelledProposals.Label;
import org.xieshang.search.bench.MergeQuality.Counts;
import org.xieshang.search.bench.MergeQuality.Probed;

/** The merge tables in Markdown: counts over thresholds, the partners' similarity by label, the borderline pairs. */
final class MergeReport {

    private MergeReport() {}

    static List<String> lines(
            List<Probed> probed, int labelled, int background, Predicate<String> traditional, double threshold) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "%d labelled pairs (%d duplicate, %d related, %d unrelated); %d hand-written and %d demo proposals"
                        + " indexed together; each probe asks for its %d most similar records leaving itself out.",
                probed.size(),
                count(probed, Label.DUPLICATE),
                count(probed, Label.RELATED),
                count(probed, Label.UNRELATED),
                labelled,
                background,
                MergeQuality.LIMIT));
        lines.add("");
        lines.add("| threshold | duplicates found | related suggested | unrelated suggested | precision | recall | F1"
                + " | demo proposals ≥ threshold per probe | probes shown any demo proposal"
                + " | other hand-written ≥ threshold per probe |");
        lines.add("|---|---|---|---|---|---|---|---|---|---|");
        for (int step = 2; step <= 14; step++) {
            lines.add(row(step * 0.05, probed));
        }
        lines.addAll(distribution(probed, traditional, threshold));
        lines.addAll(strongestDemoSuggestions(probed));
        lines.add("");
        lines.add("Every pair (partner–probe similarity):");
        for (Label label : Label.values()) {
            lines.add("");
            lines.add("- " + label.name().toLowerCase(Locale.ROOT) + ": "
                    + probed.stream()
                            .filter(p -> p.pair().label() == label)
                            .map(MergeReport::scored)
                            .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /** Where the partners' similarities lie, and the pairs nearest the line between the labels. */
    private static List<String> distribution(List<Probed> probed, Predicate<String> traditional, double threshold) {
        List<String> lines = new ArrayList<>();
        Counts best = MergeQuality.best(probed);
        lines.add("");
        lines.add(String.format(
                "Best F1 %.3f at %.2f (precision %.3f, recall %.3f).",
                best.f1(), best.threshold(), best.precision(), best.recall()));
        lines.add("");
        lines.add("Similarity of the partner to the probe (0 when not among the records returned):");
        lines.add("");
        lines.add("| label | min | quartile 1 | median | quartile 3 | max |");
        lines.add("|---|---|---|---|---|---|");
        for (Label label : Label.values()) {
            List<Double> scores = probed.stream()
                    .filter(p -> p.pair().label() == label)
                    .map(Probed::partnerScore)
                    .sorted()
                    .toList();
            lines.add(String.format(
                    "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |",
                    label.name().toLowerCase(Locale.ROOT),
                    at(scores, 0),
                    at(scores, 0.25),
                    at(scores, 0.5),
                    at(scores, 0.75),
                    at(scores, 1)));
        }
        lines.add("");
        lines.add(scriptLine(probed, traditional, threshold));
        lines.add("");
        lines.add("Weakest duplicates: " + borderline(probed, true));
        lines.add("");
        lines.add("Strongest non-duplicates: " + borderline(probed, false));
        return lines;
    }

    private static List<String> strongestDemoSuggestions(List<Probed> probed) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Demo proposals suggested most strongly (probe → demo proposal):");
        lines.add("");
        probed.stream()
                .flatMap(p -> p.background().stream()
                        .map(r -> String.format(
                                "- %.3f %s → %s", r.score(), p.pair().probe().title(), r.title())))
                .distinct()
                .sorted(Comparator.reverseOrder())
                .limit(10)
                .forEach(lines::add);
        return lines;
    }

    private static String row(double threshold, List<Probed> probed) {
        Counts c = MergeQuality.countAt(threshold, probed);
        double demoPerProbe = probed.stream()
                        .mapToLong(p -> p.background().stream()
                                .filter(r -> r.score() >= threshold)
                                .count())
                        .sum()
                / (double) probed.size();
        long probesWithDemo = probed.stream()
                .filter(p -> p.background().stream().anyMatch(r -> r.score() >= threshold))
                .count();
        double othersPerProbe = probed.stream()
                        .mapToLong(p -> p.otherLabelled().stream()
                                .filter(s -> s >= threshold)
                                .count())
                        .sum()
                / (double) probed.size();
        return String.format(
                "| %.2f | %d of %d | %d | %d | %.3f | %.3f | %.3f | %.2f | %d | %.2f |",
                threshold,
                c.found(),
                c.positives(),
                c.related(),
                c.unrelated(),
                c.precision(),
                c.recall(),
                c.f1(),
                demoPerProbe,
                probesWithDemo,
                othersPerProbe);
    }

    /** Near-duplicates written in the other script are the case the folding to simplified exists for. */
    private static String scriptLine(List<Probed> probed, Predicate<String> traditional, double threshold) {
        List<Probed> duplicates =
                probed.stream().filter(p -> p.pair().label() == Label.DUPLICATE).toList();
        List<Probed> other = duplicates.stream()
                .filter(p -> traditional.test(p.pair().probe().title()))
                .toList();
        List<Double> otherScores =
                other.stream().map(Probed::partnerScore).sorted().toList();
        List<Double> sameScores = duplicates.stream()
                .filter(p -> !other.contains(p))
                .map(Probed::partnerScore)
                .sorted()
                .toList();
        return String.format(
                "Duplicates written in traditional script: %d, median similarity %.3f, %d found at %.2f; in simplified:"
                        + " %d, median %.3f, %d found.",
                other.size(),
                at(otherScores, 0.5),
                otherScores.stream().filter(s -> s >= threshold).count(),
                threshold,
                sameScores.size(),
                at(sameScores, 0.5),
                sameScores.stream().filter(s -> s >= threshold).count());
    }

    private static String scored(Probed p) {
        return String.format(
                "%s–%s %.3f", p.pair().partner().key(), p.pair().probe().key(), p.partnerScore());
    }

    private static long count(List<Probed> probed, Label label) {
        return probed.stream().filter(p -> p.pair().label() == label).count();
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.round(quantile * (sorted.size() - 1)));
    }

    private static String borderline(List<Probed> probed, boolean duplicates) {
        return probed.stream()
                .filter(p -> (p.pair().label() == Label.DUPLICATE) == duplicates)
                .sorted(
                        duplicates
                                ? MergeQuality.byPartnerScore()
                                : MergeQuality.byPartnerScore().reversed())
                .limit(8)
                .map(MergeReport::scored)
                .collect(Collectors.joining(", "));
    }
}
