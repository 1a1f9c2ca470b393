package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.BeneficiaryType;
import org.xieshang.opinion.PersonType;

/**
 * The points ledger. An outcome credits, in the ledger of the committee that records it: on a report written there,
 * its authors (split by their shares) and its submitting unit; on a copy received from below, the committee that sent
 * it. Entries are never changed: revoking adds a counter-entry for each entry of the revoked outcomes.
 */
@Repository
public class PointsLedger {

    private final JdbcClient jdbc;

    PointsLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One credit before it is written. */
    public record Credit(BeneficiaryType type, long id, String name, BigDecimal points) {}

    /** A written entry. */
    public record Entry(
            long id,
            long committeeId,
            int year,
            BeneficiaryType beneficiaryType,
            long beneficiaryId,
            BigDecimal points,
            String ruleCode,
            long reportId,
            Long reversesEntryId) {}

    /** Who an outcome of {@code points} credits on this record. */
    public static List<Credit> credits(OpinionReport record, BigDecimal points) {
        ReportRow r = record.row();
        List<Credit> credits = new ArrayList<>();
        if (record.isCopy()) {
            credits.add(new Credit(BeneficiaryType.COMMITTEE, r.originCommitteeId(), r.originCommitteeName(), points));
            return credits;
        }
        List<ReportPersonRow> persons = record.persons().stream()
                .filter(p -> p.personType() != PersonType.OTHER)
                .toList();
        List<BigDecimal> parts = Shares.split(
                points, persons.stream().map(ReportPersonRow::share).toList());
        for (int i = 0; i < persons.size(); i++) {
            ReportPersonRow p = persons.get(i);
            BeneficiaryType type = p.personType() == PersonType.MEMBER ? BeneficiaryType.MEMBER : BeneficiaryType.USER;
            credits.add(new Credit(type, p.personId(), p.name(), parts.get(i)));
        }
        if (r.partyOrganisationId() != null) {
            credits.add(new Credit(BeneficiaryType.PARTY, r.partyOrganisationId(), r.unitName(), points));
        }
        if (r.specialCommitteeId() != null) {
            credits.add(new Credit(BeneficiaryType.SPECIAL_COMMITTEE, r.specialCommitteeId(), r.unitName(), points));
        }
        return credits;
    }

    public List<Entry> write(OpinionReport record, OutcomeRow outcome, String ruleCode, List<Credit> credits) {
        List<Entry> entries = new ArrayList<>();
        int year = outcome.occurredOn().getYear();
        for (Credit c : credits) {
            if (c.points().signum() == 0) {
                continue;
            }
            long id = jdbc.sql("""
                    insert into opinion_points_entry (committee_id, year, beneficiary_type, beneficiary_id,
                        beneficiary_name, points, rule_code, report_id, outcome_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            record.committeeId(),
                            year,
                            c.type().name(),
                            c.id(),
                            c.name(),
                            c.points(),
                            ruleCode,
                            record.id(),
                            outcome.id())
                    .query(Long.class)
                    .single();
            entries.add(new Entry(
                    id, record.committeeId(), year, c.type(), c.id(), c.points(), ruleCode, record.id(), null));
        }
        return entries;
    }

    /** Counter-entries for every entry of these outcomes not yet revoked; returns the counter-entries. */
    public List<Entry> revoke(List<Long> outcomeIds) {
        if (outcomeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into opinion_points_entry (committee_id, year, beneficiary_type, beneficiary_id,
                    beneficiary_name, points, rule_code, report_id, outcome_id, reverses_entry_id)
                select e.committee_id, e.year, e.beneficiary_type, e.beneficiary_id, e.beneficiary_name, -e.points,
                       e.rule_code, e.report_id, e.outcome_id, e.id
                from opinion_points_entry e
                where e.outcome_id = any(?) and e.reverses_entry_id is null
                  and not exists (select 1 from opinion_points_entry c where c.reverses_entry_id = e.id)
                returning id, committee_id, year, beneficiary_type, beneficiary_id, points, rule_code, report_id,
                          reverses_entry_id""")
                .param(outcomeIds.toArray(Long[]::new))
                .query(Entry.class)
                .list();
    }
}
