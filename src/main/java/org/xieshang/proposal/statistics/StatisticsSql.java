package org.xieshang.proposal.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.shared.InvalidInput;

/**
 * The SQL of the statistics: the period's base condition and each figure's condition with its parameters. Counting all
 * figures is one query of {@code count(*) filter (where …)} columns, and a figure's list uses the very same condition,
 * so a figure and its list cannot disagree.
 */
final class StatisticsSql {

    /** A condition on proposal {@code p} and its parameters, in order. */
    record Clause(String sql, List<Object> params) {}

    /** What the conditions need besides the figure's value: the parties and 工商联, and today. */
    record Context(Clause base, Long[] partyIds, LocalDate today) {}

    private StatisticsSql() {}

    static Clause base(long committeeId, List<Long> meetingIds, Integer year) {
        StringBuilder sql =
                new StringBuilder("p.committee_id = ? and p.submitted_at is not null and p.status <> 'WITHDRAWN'");
        List<Object> params = new ArrayList<>(List.of(committeeId));
        if (meetingIds != null) {
            sql.append(" and p.meeting_id = any(?)");
            params.add(meetingIds.toArray(Long[]::new));
        }
        if (year != null) {
            sql.append(" and extract(year from p.submitted_at at time zone 'Asia/Shanghai') = ?");
            params.add(year);
        }
        return new Clause(sql.toString(), params);
    }

    /** The condition of one figure; a value that does not fit the metric is refused as bad input. */
    static Clause condition(Metric metric, String value, Context context) {
        if (metric.takesValue() && (value == null || value.isBlank())) {
            throw new InvalidInput("value", "proposal.statistics.value-required");
        }
        List<Object> params = new ArrayList<>();
        for (char kind : metric.params().toCharArray()) {
            switch (kind) {
                case 't' -> params.add(value);
                case 'l' -> params.add(number(value));
                case 'P' -> params.add(context.partyIds());
                default -> params.add(context.today());
            }
        }
        return new Clause(metric.condition(), params);
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInput("value", "proposal.statistics.value-number");
        }
    }

    /** Counts every figure in one query; returns the counts in the order of {@code figures}. */
    static List<Long> count(JdbcClient jdbc, List<Clause> figures, Clause base) {
        List<Object> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            columns.add("count(*) filter (where " + figures.get(i).sql() + ") as c" + i);
            params.addAll(figures.get(i).params());
        }
        params.addAll(base.params());
        Map<String, Object> row = jdbc.sql(
                        "select " + String.join(", ", columns) + " from proposal p where " + base.sql())
                .params(params)
                .query()
                .singleRow();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            counts.add(((Number) row.get("c" + i)).longValue());
        }
        return counts;
    }
}
