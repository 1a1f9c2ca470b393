package org.xieshang.opinion.demo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.CopiedReport;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.opinion.UpwardChannel;
import org.xieshang.opinion.UpwardDelivery;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OutcomeRow;
import org.xieshang.opinion.domain.PointsLedger;
import org.xieshang.opinion.domain.PointsRules;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;

/**
 * Plays the upward flow for the demo data with the module's own rules: the report aggregate's transitions, the copy
 * made for the upper committee, outcomes copied down the chain with one key, and points from the points table credited
 * as {@link PointsLedger} credits them. Only the writing differs: rows are batched instead of written one by one.
 */
final class DemoFlow {

    private final DemoRows rows;
    private final Random random;
    private final Who staff;
    private final Map<Long, Map<String, BigDecimal>> tables;
    private final java.util.function.LongFunction<Map<String, BigDecimal>> tableOf;
    private final Map<Long, OpinionReport> reports = new HashMap<>();

    DemoFlow(
            DemoRows rows, Random random, Who staff, java.util.function.LongFunction<Map<String, BigDecimal>> tableOf) {
        this.rows = rows;
        this.random = random;
        this.staff = staff;
        this.tables = new HashMap<>();
        this.tableOf = tableOf;
    }

    static LevelRef level(CommitteeView c) {
        return new LevelRef(c.id(), c.name(), c.level());
    }

    void register(OpinionReport report) {
        reports.put(report.id(), report);
        rows.report(report);
    }

    String key() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** Records an outcome on {@code record} and, as the exchange does, on every record below it with the same key. */
    void outcome(OpinionReport record, LevelRef level, Outcome o, String key, OffsetDateTime at) {
        OutcomeRow row = new OutcomeRow(
                rows.id("opinion_outcome"),
                record.committeeId(),
                record.id(),
                level.committeeId(),
                level.committeeName(),
                level.level(),
                o.type(),
                o.adoptionKind(),
                o.rank(),
                o.leaderTitle(),
                o.detail(),
                o.relatedKey(),
                o.occurredOn(),
                key,
                false,
                staff.name(),
                at);
        rows.outcome(row, staff.name());
        Map<String, BigDecimal> table = tables.computeIfAbsent(record.committeeId(), tableOf::apply);
        PointsRules.award(row, !record.isCopy(), table).ifPresent(award -> {
            for (PointsLedger.Credit c : PointsLedger.credits(record, award.points())) {
                if (c.points().signum() != 0) {
                    rows.add(
                            "opinion_points_entry",
                            record.committeeId(),
                            o.occurredOn().getYear(),
                            c.type().name(),
                            c.id(),
                            c.name(),
                            c.points(),
                            award.ruleCode(),
                            record.id(),
                            row.id(),
                            at);
                }
            }
        });
        if (record.isCopy()) {
            outcome(reports.get(record.row().originId()), level, o, key, at);
        }
    }

    /** Sends {@code record} from {@code from} to {@code target}; returns the target's copy. */
    OpinionReport sendUp(
            OpinionReport record, CommitteeView from, CommitteeView target, UpwardChannel channel, OffsetDateTime at) {
        String key = key();
        var r = record.row();
        boolean edited = r.editedBody() != null;
        CopiedReport content = new CopiedReport(
                r.year(),
                record.publishedTitle(),
                edited ? r.editedBody() : r.facts(),
                edited ? "" : r.analysis(),
                record.publishedSuggestions(),
                r.category(),
                r.submitterType(),
                r.unitName(),
                r.authorNames());
        OpinionReport copy = OpinionReport.copyOf(
                new UpwardDelivery(from.id(), from.name(), record.id(), target.id(), channel, key, content), at);
        copy.assignId(rows.id("opinion_report"));
        register(copy);
        rows.add(
                "opinion_upward",
                from.id(),
                record.id(),
                r.year(),
                target.id(),
                target.name(),
                target.level().name(),
                channel.name(),
                key,
                staff.name(),
                at,
                copy.id(),
                at);
        outcome(record, level(target), Outcome.of(OutcomeType.RECEIVED, at.toLocalDate()), key + ":received", at);
        return copy;
    }

    /** The copy's committee adopts it; returns the adoption's key (instructions refer to it). */
    String adopt(OpinionReport copy, CommitteeView here, AdoptionKind kind, OffsetDateTime at) {
        copy.adopt(staff, at);
        String key = key();
        outcome(
                copy,
                level(here),
                new Outcome(OutcomeType.ADOPTED, kind, null, null, null, null, at.toLocalDate()),
                key,
                at);
        return key;
    }

    void instruct(
            OpinionReport record,
            CommitteeView here,
            InstructionRank rank,
            String leader,
            String text,
            String adoptionKey,
            AdoptionKind kind,
            OffsetDateTime at) {
        Outcome o = new Outcome(OutcomeType.INSTRUCTED, kind, rank, leader, text, adoptionKey, at.toLocalDate());
        outcome(record, level(here), o, key(), at);
    }

    void departmentAdopted(
            OpinionReport record, CommitteeView here, String department, String adoptionKey, OffsetDateTime at) {
        Outcome o = new Outcome(
                OutcomeType.DEPARTMENT_ADOPTED, null, null, null, department, adoptionKey, at.toLocalDate());
        outcome(record, level(here), o, key(), at);
    }

    void keepOnFile(OpinionReport copy, CommitteeView here, String reason, OffsetDateTime at) {
        copy.keepOnFile(reason, staff, at);
        outcome(
                copy,
                level(here),
                new Outcome(OutcomeType.FILED, null, null, null, reason, null, at.toLocalDate()),
                key(),
                at);
    }

    void published(
            OpinionReport report,
            CommitteeView here,
            AdoptionKind kind,
            long issueId,
            String issue,
            OffsetDateTime at) {
        Outcome o = new Outcome(OutcomeType.PUBLISHED, kind, null, null, issue, null, at.toLocalDate());
        outcome(report, level(here), o, "issue-" + issueId + "-report-" + report.id(), at);
    }
}
