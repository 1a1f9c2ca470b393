package org.xieshang.opinion.demo;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OutcomeRow;
import org.xieshang.opinion.domain.ReportPersonRow;
import org.xieshang.opinion.domain.ReportRow;
import org.xieshang.opinion.domain.Transition;

/**
 * Collects the demo rows in memory and writes them table by table with PostgreSQL's COPY at the end, which keeps the
 * load of tens of thousands of rows within a second or two. Ids are reserved from each table's identity sequence up front, so rows can
 * refer to each other before anything is written.
 */
final class DemoRows {

    private static final int BLOCK = 2000;

    private final JdbcTemplate jdbc;
    private final Map<String, Deque<Long>> ids = new HashMap<>();
    private final List<OpinionReport> reports = new ArrayList<>();
    private final Map<String, List<Object[]>> rows = new HashMap<>();

    DemoRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long id(String table) {
        Deque<Long> free = ids.computeIfAbsent(table, t -> new ArrayDeque<>());
        if (free.isEmpty()) {
            free.addAll(jdbc.queryForList(
                    "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                    Long.class,
                    table,
                    BLOCK));
        }
        return free.poll();
    }

    /** A report to write with its state as it stands when the load ends (its history is written with it). */
    void report(OpinionReport report) {
        reports.add(report);
    }

    void add(String table, Object... values) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(values);
    }

    void outcome(OutcomeRow o, String recordedBy) {
        add(
                "opinion_outcome",
                o.id(),
                o.committeeId(),
                o.reportId(),
                o.levelCommitteeId(),
                o.levelCommitteeName(),
                o.level().name(),
                o.type().name(),
                name(o.adoptionKind()),
                name(o.instructionRank()),
                o.leaderTitle(),
                o.detail(),
                o.relatedKey(),
                o.occurredOn(),
                o.idempotencyKey(),
                recordedBy,
                o.recordedAt());
    }

    void flush() {
        List<Object[]> reportRows = new ArrayList<>();
        for (OpinionReport report : reports) {
            reportRows.add(reportRow(report.row()));
            for (ReportPersonRow p : report.persons()) {
                add(
                        "opinion_report_person",
                        report.id(),
                        report.committeeId(),
                        p.position(),
                        p.personType().name(),
                        p.personId(),
                        p.name(),
                        p.share());
            }
            for (Transition t : report.drainTransitions()) {
                add(
                        "opinion_report_transition",
                        report.committeeId(),
                        report.id(),
                        t.action().name(),
                        t.from().name(),
                        t.to().name(),
                        t.who().name(),
                        t.reason(),
                        t.at());
            }
        }
        rows.put("opinion_report", reportRows);
        for (String table : List.of(
                "opinion_report",
                "opinion_report_person",
                "opinion_report_transition",
                "opinion_issue",
                "opinion_issue_piece",
                "opinion_issue_piece_report",
                "opinion_upward",
                "opinion_outcome",
                "opinion_points_entry",
                "opinion_counter")) {
            List<Object[]> batch = rows.getOrDefault(table, List.of());
            if (!batch.isEmpty()) {
                DemoSql.copy(jdbc, table, batch);
            }
        }
    }

    private static Object[] reportRow(ReportRow r) {
        return new Object[] {
            r.id(),
            r.committeeId(),
            r.year(),
            r.serialNumber(),
            r.state().name(),
            r.title(),
            r.facts(),
            r.analysis(),
            r.suggestions(),
            r.category(),
            r.submitterType().name(),
            r.partyOrganisationId(),
            r.specialCommitteeId(),
            r.unitName(),
            r.authorNames(),
            r.createdByName(),
            r.editedTitle(),
            r.editedBody(),
            r.editedSuggestions(),
            r.editedByName(),
            r.editedAt(),
            r.signedOffByName(),
            r.signedOffAt(),
            r.decidedByName(),
            r.decidedAt(),
            r.filedReason(),
            name(r.originType()),
            r.originId(),
            r.originCommitteeId(),
            r.originCommitteeName(),
            r.idempotencyKey(),
            created(r),
            r.submittedAt(),
            updated(r)
        };
    }

    private static OffsetDateTime created(ReportRow r) {
        return r.submittedAt();
    }

    private static OffsetDateTime updated(ReportRow r) {
        OffsetDateTime latest = r.submittedAt();
        for (OffsetDateTime t : new OffsetDateTime[] {r.editedAt(), r.signedOffAt(), r.decidedAt()}) {
            if (t != null && t.isAfter(latest)) {
                latest = t;
            }
        }
        return latest;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
