package org.xieshang.opinion.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.Outcome;

/** Outcomes recorded on a committee's reports. The idempotency key is unique per committee: a repeat is ignored. */
@Repository
public class Outcomes {

    private final JdbcClient jdbc;

    Outcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the outcome, or returns empty when this committee already recorded {@code key}. */
    public Optional<OutcomeRow> insert(
            long committeeId, long reportId, LevelRef level, Outcome o, String key, Who who) {
        return jdbc.sql("""
                insert into opinion_outcome (committee_id, report_id, level_committee_id, level_committee_name, level,
                    type, adoption_kind, instruction_rank, leader_title, detail, related_key, occurred_on,
                    idempotency_key, recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (committee_id, idempotency_key) do nothing
                returning *""")
                .params(
                        committeeId,
                        reportId,
                        level.committeeId(),
                        level.committeeName(),
                        level.level().name(),
                        o.type().name(),
                        name(o.adoptionKind()),
                        name(o.rank()),
                        o.leaderTitle(),
                        o.detail(),
                        o.relatedKey(),
                        o.occurredOn(),
                        key,
                        who.id(),
                        who.name())
                .query(OutcomeRow.class)
                .optional();
    }

    public List<OutcomeRow> forReport(long reportId) {
        return jdbc.sql("select * from opinion_outcome where report_id = ? order by occurred_on, id")
                .param(reportId)
                .query(OutcomeRow.class)
                .list();
    }

    /** The adoption at {@code levelCommitteeId} that still stands, if any. */
    public Optional<OutcomeRow> activeAdoption(long reportId, long levelCommitteeId) {
        return jdbc.sql("""
                select * from opinion_outcome where report_id = ? and level_committee_id = ? and type = 'ADOPTED'
                  and not revoked order by id desc limit 1""")
                .params(reportId, levelCommitteeId)
                .query(OutcomeRow.class)
                .optional();
    }

    /** Marks the adoption with {@code key} and everything recorded on it (instructions, departments) as revoked. */
    public List<Long> revokeAdoption(long committeeId, String key) {
        return jdbc.sql("""
                update opinion_outcome set revoked = true
                where committee_id = ? and (idempotency_key = ? or related_key = ?)
                  and type in ('ADOPTED', 'INSTRUCTED', 'DEPARTMENT_ADOPTED') and not revoked
                returning id""").params(committeeId, key, key).query(Long.class).list();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
