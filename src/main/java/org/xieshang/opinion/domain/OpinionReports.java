package org.xieshang.opinion.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.shared.StaleRecord;

/**
 * Stores reports, their authors and their history, and tells the search index (in the same transaction). Updates check
 * the version (optimistic locking).
 */
@Repository
public class OpinionReports {

    static final String RECORD_TYPE = "opinion-report";

    private final JdbcClient jdbc;
    private final List<ReportIndexHook> index;

    OpinionReports(JdbcClient jdbc, List<ReportIndexHook> index) {
        this.jdbc = jdbc;
        this.index = List.copyOf(index);
    }

    public Optional<OpinionReport> byId(long id) {
        return jdbc.sql("select * from opinion_report where id = ?")
                .param(id)
                .query(ReportRow.class)
                .optional()
                .map(row -> new OpinionReport(row, persons(id)));
    }

    public OpinionReport require(long id) {
        return byId(id).orElseThrow(() -> OpinionProblems.missing(OpinionProblems.REPORT, id));
    }

    /** Locks the row for the rest of the transaction, so two deliveries to one report queue up instead of racing. */
    public OpinionReport lock(long id) {
        jdbc.sql("select id from opinion_report where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.REPORT, id));
        return require(id);
    }

    public List<ReportPersonRow> persons(long reportId) {
        return jdbc.sql("select * from opinion_report_person where report_id = ? order by position")
                .param(reportId)
                .query(ReportPersonRow.class)
                .list();
    }

    public long insert(OpinionReport report) {
        ReportRow r = report.row();
        long id = jdbc.sql("""
                insert into opinion_report (committee_id, year, serial_number, state, title, facts, analysis,
                    suggestions, category, submitter_type, party_organisation_id, special_committee_id, unit_name,
                    author_names, created_by, created_by_name, origin_type, origin_id, origin_committee_id,
                    origin_committee_name, idempotency_key, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
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
                        r.createdBy(),
                        r.createdByName(),
                        r.originType() == null ? null : r.originType().name(),
                        r.originId(),
                        r.originCommitteeId(),
                        r.originCommitteeName(),
                        r.idempotencyKey(),
                        r.submittedAt())
                .query(Long.class)
                .single();
        report.assignId(id);
        writePersons(report);
        writeHistory(report);
        index.forEach(hook -> hook.changed(id));
        return id;
    }

    /** Writes every changed column; a version that moved on since loading means someone else saved first. */
    public void update(OpinionReport report) {
        ReportRow r = report.row();
        int rows = jdbc.sql("""
                update opinion_report set year = ?, serial_number = ?, state = ?, title = ?, facts = ?,
                    analysis = ?, suggestions = ?, category = ?, submitter_type = ?, party_organisation_id = ?,
                    special_committee_id = ?, unit_name = ?, author_names = ?, edited_title = ?, edited_body = ?,
                    edited_suggestions = ?, edited_by = ?, edited_by_name = ?, edited_at = ?, signed_off_by = ?,
                    signed_off_by_name = ?, signed_off_at = ?, decided_by = ?, decided_by_name = ?,
                    decided_at = ?, filed_reason = ?, submitted_at = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(
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
                        r.editedTitle(),
                        r.editedBody(),
                        r.editedSuggestions(),
                        r.editedBy(),
                        r.editedByName(),
                        r.editedAt(),
                        r.signedOffBy(),
                        r.signedOffByName(),
                        r.signedOffAt(),
                        r.decidedBy(),
                        r.decidedByName(),
                        r.decidedAt(),
                        r.filedReason(),
                        r.submittedAt(),
                        r.id(),
                        r.version())
                .update();
        if (rows == 0) {
            throw new StaleRecord(RECORD_TYPE, r.id());
        }
        writeHistory(report);
        index.forEach(hook -> hook.changed(r.id()));
    }

    public void replacePersons(OpinionReport report) {
        jdbc.sql("delete from opinion_report_person where report_id = ?")
                .param(report.id())
                .update();
        writePersons(report);
        index.forEach(hook -> hook.changed(report.id()));
    }

    public void deleteDraft(long id, int version) {
        int rows = jdbc.sql("delete from opinion_report where id = ? and version = ? and state = 'DRAFT'")
                .params(id, version)
                .update();
        if (rows == 0) {
            throw new StaleRecord(RECORD_TYPE, id);
        }
        index.forEach(hook -> hook.removed(id));
    }

    /** The copy this committee holds of a report delivered with {@code key}, if it was delivered before. */
    public Optional<Long> copyByKey(long committeeId, String key) {
        return jdbc.sql("select id from opinion_report where committee_id = ? and idempotency_key = ?")
                .params(committeeId, key)
                .query(Long.class)
                .optional();
    }

    /** Serialises work on one idempotency key of one committee until the transaction ends. */
    public void lockKey(long committeeId, String key) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, hashtext(?))) locked")
                .params((int) committeeId, key)
                .query(Integer.class)
                .single();
    }

    /** The next running number of a committee's reports in a year; the counter row serialises concurrent callers. */
    public int nextSerial(long committeeId, int year) {
        return Counters.next(jdbc, committeeId, year, "REPORT");
    }

    private void writePersons(OpinionReport report) {
        for (ReportPersonRow p : report.persons()) {
            jdbc.sql("""
                    insert into opinion_report_person (report_id, committee_id, position, person_type, person_id,
                        name, share) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            report.id(),
                            report.committeeId(),
                            p.position(),
                            p.personType().name(),
                            p.personId(),
                            p.name(),
                            p.share())
                    .update();
        }
    }

    private void writeHistory(OpinionReport report) {
        for (Transition t : report.drainTransitions()) {
            jdbc.sql("""
                    insert into opinion_report_transition (committee_id, report_id, action, from_state, to_state,
                        actor_id, actor_name, reason, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            report.committeeId(),
                            report.id(),
                            t.action().name(),
                            t.from().name(),
                            t.to().name(),
                            t.who().id(),
                            t.who().name(),
                            t.reason(),
                            t.at())
                    .update();
        }
    }
}
