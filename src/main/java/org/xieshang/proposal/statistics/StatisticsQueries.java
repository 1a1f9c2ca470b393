package org.xieshang.proposal.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/**
 * The proposal statistics (issue 3, item 12) and the list behind each figure, for the signed-in user: a committee
 * outside the user's visible committees reads as not found. Every figure is a {@link Metric} condition counted by SQL.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsQueries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisation;
    private final ProposalSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsQueries(
            JdbcClient jdbc,
            OrganisationDirectory organisation,
            ProposalSettings settings,
            MessageSource messages,
            Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public ProposalStatistics compute(StatisticsFilter filter) {
        CommitteeView committee = visibleCommittee(filter.committeeId());
        StatisticsSql.Context context = context(filter);
        StatisticsBreakdown breakdown = new StatisticsBreakdown(jdbc, context, messages);
        List<NamedRef> organisations = organisation.partyOrganisations(committee.id());
        List<NamedRef> units = organisation.handlingUnits(committee.id());
        return breakdown.compute(filter, committee.name(), periodLabel(filter), settings, organisations, units);
    }

    /** The proposals behind one figure, newest first. */
    public PageSlice<StatisticsRow> list(StatisticsFilter filter, Metric metric, String value, Paging paging) {
        visibleCommittee(filter.committeeId());
        StatisticsSql.Context context = context(filter);
        StatisticsSql.Clause condition = StatisticsSql.condition(metric, value, context);
        String where = " from proposal p where " + context.base().sql() + " and (" + condition.sql() + ")";
        List<Object> params = new ArrayList<>(context.base().params());
        params.addAll(condition.params());
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<StatisticsRow> rows = jdbc.sql("select p.id, p.running_no, p.official_number, p.title, p.kind,"
                        + " p.category, p.status, p.key_proposal, p.submitted_at" + where
                        + " order by p.submitted_at desc, p.id desc limit ? offset ?")
                .params(pageParams)
                .query(StatisticsRow.class)
                .list();
        return new PageSlice<>(rows, paging.page(), paging.size(), total);
    }

    /** What a figure counts, in words: the metric and, for a breakdown, the name of its value. */
    public String describe(StatisticsFilter filter, Metric metric, String value) {
        String name = text("proposal.statistics.metric." + metric.name());
        if (value == null || value.isBlank()) {
            return name;
        }
        String named = switch (metric) {
            case NOT_FILED_REASON -> text("proposal.not-filed-reason." + value);
            case KIND -> text("proposal.kind." + value);
            case CATEGORY -> text("proposal.category." + value);
            case REPLY_CLASS -> text("proposal.reply-class." + value);
            case SATISFACTION -> text("proposal.satisfaction." + value);
            case COLLECTIVE_BY ->
                organisation.partyOrganisations(filter.committeeId()).stream()
                        .filter(o -> String.valueOf(o.id()).equals(value))
                        .map(NamedRef::name)
                        .findFirst()
                        .orElse(value);
            case UNIT, UNIT_REPLIED, UNIT_OVERDUE ->
                organisation.handlingUnits(filter.committeeId()).stream()
                        .filter(u -> String.valueOf(u.id()).equals(value))
                        .map(NamedRef::name)
                        .findFirst()
                        .orElse(value);
            default -> value;
        };
        return name + " · " + named;
    }

    private CommitteeView visibleCommittee(long committeeId) {
        if (!Actor.required().visibleCommitteeIds().contains(committeeId)) {
            throw new RecordNotFound("committee", committeeId);
        }
        return organisation.committee(committeeId).orElseThrow(() -> new RecordNotFound("committee", committeeId));
    }

    private StatisticsSql.Context context(StatisticsFilter filter) {
        if (filter.sinceMeetingId() != null && filter.year() != null) {
            throw new InvalidInput("year", "proposal.statistics.one-period");
        }
        List<Long> meetings = null;
        if (filter.sinceMeetingId() != null) {
            List<MeetingView> all = organisation.meetings(filter.committeeId());
            MeetingView since = meeting(all, filter.sinceMeetingId())
                    .orElseThrow(() -> new RecordNotFound("meeting", filter.sinceMeetingId()));
            meetings = all.stream()
                    .filter(m -> !m.openedOn().isBefore(since.openedOn()))
                    .map(MeetingView::id)
                    .toList();
        }
        List<NamedRef> parties =
                new ArrayList<>(organisation.partyOrganisations(filter.committeeId(), PartyKind.DEMOCRATIC_PARTY));
        parties.addAll(
                organisation.partyOrganisations(filter.committeeId(), PartyKind.FEDERATION_OF_INDUSTRY_AND_COMMERCE));
        return new StatisticsSql.Context(
                StatisticsSql.base(filter.committeeId(), meetings, filter.year()),
                parties.stream().map(NamedRef::id).toArray(Long[]::new),
                LocalDate.now(clock.withZone(CHINA)));
    }

    private static Optional<MeetingView> meeting(List<MeetingView> meetings, long id) {
        return meetings.stream().filter(m -> m.id() == id).findFirst();
    }

    private String periodLabel(StatisticsFilter filter) {
        if (filter.year() != null) {
            return text("proposal.statistics.period.year", String.valueOf(filter.year()));
        }
        if (filter.sinceMeetingId() == null) {
            return text("proposal.statistics.period.all");
        }
        Map<Long, MeetingView> meetings =
                organisation.meetings(filter.committeeId()).stream().collect(Collectors.toMap(MeetingView::id, m -> m));
        MeetingView m = meetings.get(filter.sinceMeetingId());
        return text("proposal.statistics.period.since", numeral(m.termNumber()), numeral(m.number()));
    }

    /** 1..99 in Chinese numerals, from the core bundle's digits (zero to nine, then ten). */
    private String numeral(int n) {
        String digits = text("proposal.numerals");
        String tens = n >= 20 ? String.valueOf(digits.charAt(n / 10)) : "";
        String ten = n >= 10 ? String.valueOf(digits.charAt(10)) : "";
        return tens + ten + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
