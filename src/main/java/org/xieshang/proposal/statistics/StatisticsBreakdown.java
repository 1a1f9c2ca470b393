package org.xieshang.proposal.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.organisation.NamedRef;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.Satisfaction;

/**
 * Lays out the figures of one computation (headline, breakdowns, per unit), counts them all in one query, and labels
 * them. Breakdowns by organisation and unit leave out the ones with nothing to count.
 */
final class StatisticsBreakdown {

    private static final List<Metric> HEADLINE = List.of(
            Metric.COLLECTED,
            Metric.FILED,
            Metric.KEY,
            Metric.PARTY_COLLECTIVE,
            Metric.PARTY_COLLECTIVE_KEY,
            Metric.NOT_FILED,
            Metric.CONVERTED,
            Metric.AWAITING_REVIEW,
            Metric.RETURNED,
            Metric.MERGED,
            Metric.GOOD,
            Metric.ASSIGNED,
            Metric.IN_HANDLING,
            Metric.OVERDUE,
            Metric.REPLIED,
            Metric.EVALUATED,
            Metric.REHANDLED);

    private record Spec(Metric metric, String value, String label) {}

    private final JdbcClient jdbc;
    private final StatisticsSql.Context context;
    private final MessageSource messages;
    private final List<Spec> specs = new ArrayList<>();
    private final List<StatisticsSql.Clause> clauses = new ArrayList<>();

    StatisticsBreakdown(JdbcClient jdbc, StatisticsSql.Context context, MessageSource messages) {
        this.jdbc = jdbc;
        this.context = context;
        this.messages = messages;
    }

    ProposalStatistics compute(
            StatisticsFilter filter,
            String committeeName,
            String periodLabel,
            ProposalSettings settings,
            List<NamedRef> organisations,
            List<NamedRef> units) {
        int headline = add(HEADLINE.stream()
                .map(m -> new Spec(m, null, text("proposal.statistics.metric." + m)))
                .toList());
        int reasons = add(settings.notFiledReasons().stream()
                .map(c -> new Spec(Metric.NOT_FILED_REASON, c, text("proposal.not-filed-reason." + c)))
                .toList());
        int kinds = add(List.of(ProposalKind.values()).stream()
                .map(k -> new Spec(Metric.KIND, k.name(), text("proposal.kind." + k)))
                .toList());
        int orgs = add(organisations.stream()
                .map(o -> new Spec(Metric.COLLECTIVE_BY, String.valueOf(o.id()), o.name()))
                .toList());
        int categories = add(settings.categories().stream()
                .map(c -> new Spec(Metric.CATEGORY, c, text("proposal.category." + c)))
                .toList());
        int classes = add(List.of(ReplyClass.values()).stream()
                .map(c -> new Spec(Metric.REPLY_CLASS, c.name(), text("proposal.reply-class." + c)))
                .toList());
        int ratings = add(List.of(Satisfaction.values()).stream()
                .map(s -> new Spec(Metric.SATISFACTION, s.name(), text("proposal.satisfaction." + s)))
                .toList());
        int perUnit = add(units.stream()
                .flatMap(u -> List.of(Metric.UNIT, Metric.UNIT_REPLIED, Metric.UNIT_OVERDUE).stream()
                        .map(m -> new Spec(m, String.valueOf(u.id()), u.name())))
                .toList());
        List<Figure> figures = figures(StatisticsSql.count(jdbc, clauses, context.base()));
        long evaluated = figures.get(HEADLINE.indexOf(Metric.EVALUATED)).count();
        long replied = figures.get(HEADLINE.indexOf(Metric.REPLIED)).count();
        return new ProposalStatistics(
                filter,
                committeeName,
                periodLabel,
                context.today(),
                figures.subList(0, headline),
                figures.subList(headline, reasons),
                figures.subList(reasons, kinds),
                nonZero(figures.subList(kinds, orgs)),
                figures.subList(orgs, categories),
                shares(figures.subList(categories, classes), replied),
                shares(figures.subList(classes, ratings), evaluated),
                units(figures.subList(ratings, perUnit), units),
                assignments());
    }

    /** Adds a block of figures; returns the index after it. */
    private int add(List<Spec> block) {
        for (Spec spec : block) {
            specs.add(spec);
            clauses.add(StatisticsSql.condition(spec.metric(), spec.value(), context));
        }
        return specs.size();
    }

    private List<Figure> figures(List<Long> counts) {
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            figures.add(new Figure(spec.metric(), spec.value(), spec.label(), counts.get(i), null));
        }
        return figures;
    }

    private static List<Figure> nonZero(List<Figure> figures) {
        return figures.stream().filter(f -> f.count() > 0).toList();
    }

    private static List<Figure> shares(List<Figure> figures, long whole) {
        return figures.stream()
                .map(f -> new Figure(f.metric(), f.value(), f.label(), f.count(), percent(f.count(), whole)))
                .toList();
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private List<UnitFigures> units(List<Figure> figures, List<NamedRef> units) {
        Map<Long, long[]> ratings = unitRatings();
        List<UnitFigures> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Figure assigned = figures.get(3 * i);
            if (assigned.count() == 0) {
                continue;
            }
            long[] rated = ratings.getOrDefault(units.get(i).id(), new long[2]);
            rows.add(new UnitFigures(
                    units.get(i).id(),
                    units.get(i).name(),
                    assigned,
                    figures.get(3 * i + 1),
                    figures.get(3 * i + 2),
                    rated[1],
                    percent(rated[0], rated[1])));
        }
        rows.sort((a, b) -> Long.compare(b.assigned().count(), a.assigned().count()));
        return rows;
    }

    /** Per unit: first proposers' ratings of its replies in the proposal's current round, (basically) satisfied and all. */
    private Map<Long, long[]> unitRatings() {
        Map<Long, long[]> ratings = new HashMap<>();
        jdbc.sql("""
                select r.unit_id, count(*) filter (where e.satisfaction <> 'DISSATISFIED') as ok, count(*) as total
                from proposal_evaluation e join proposal_reply r on r.id = e.reply_id
                join proposal p on p.id = e.proposal_id
                where e.lead and e.round = p.round""" + " and " + context.base().sql() + " group by r.unit_id")
                .params(context.base().params())
                .query((rs, n) ->
                        ratings.put(rs.getLong("unit_id"), new long[] {rs.getLong("ok"), rs.getLong("total")}))
                .list();
        return ratings;
    }

    /** Live assignments of the period's proposals: what the per-unit "assigned" figures add up to. */
    private long assignments() {
        return jdbc.sql("select count(*) from proposal_assignment a join proposal p on p.id = a.proposal_id"
                        + " where a.status <> 'WITHDRAWN' and " + context.base().sql())
                .params(context.base().params())
                .query(Long.class)
                .single();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
