package org.xieshang.proposal.statistics;

/**
 * One figure: what it counts ({@code metric} and, for a breakdown, its {@code value}), its label, the count, and (for
 * shares) the percentage of its whole, rounded to one decimal. {@link #query()} is the filter of the list behind it.
 */
public record Figure(Metric metric, String value, String label, long count, Double percent) {

    /** The query-string part that lists this figure's proposals. */
    public String query() {
        return "metric=" + metric.name() + (value == null ? "" : "&value=" + value);
    }
}
