package org.xieshang.proposal.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The proposal statistics of a committee for a period (issue 3, item 12). {@code totals} holds the headline figures
 * (collected, filed, key, the parties' collective proposals …); the lists break them down. Every figure is counted by
 * SQL from the records and carries the filter of the list behind it. {@code assignments} is the sum the per-unit
 * "assigned" figures add up to (a proposal with several units counts once per unit).
 */
public record ProposalStatistics(
        StatisticsFilter filter,
        String committeeName,
        String periodLabel,
        LocalDate asOf,
        List<Figure> totals,
        List<Figure> notFiledByReason,
        List<Figure> byKind,
        List<Figure> collectiveByOrganisation,
        List<Figure> byCategory,
        List<Figure> repliedByClass,
        List<Figure> satisfaction,
        List<UnitFigures> units,
        long assignments) {

    /** The headline figure of a metric (zero when absent). */
    public long total(Metric metric) {
        return totals.stream()
                .filter(f -> f.metric() == metric)
                .mapToLong(Figure::count)
                .findFirst()
                .orElse(0);
    }
}
