package org.xieshang.proposal.demo;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows the demo data writes, table by table, and the batch writer. Ids come from each table's own identity
 * sequence (taken one by one as the generator needs them), so children can point at their parents before anything is
 * written and the identities go on from there after the load.
 */
final class DemoBook {

    private static final int TS = Types.TIMESTAMP_WITH_TIMEZONE;
    private static final int TEXT = Types.VARCHAR;
    private static final int LONG = Types.BIGINT;
    private static final int INT = Types.INTEGER;
    private static final int BOOL = Types.BOOLEAN;
    private static final int DATE = Types.DATE;

    /** A table's insert and its rows, written in the order the tables are declared (parents first). */
    record Table(String sql, int[] types, List<Object[]> rows) {
        Table(String sql, int... types) {
            this(sql, types, new ArrayList<>());
        }

        void add(Object... values) {
            rows.add(values);
        }
    }

    final Table proposals = new Table(
            """
            insert into proposal (id, committee_id, meeting_id, period, running_no, sequence_no, official_number, kind,
                collective_type, party_organisation_id, sector_id, special_committee_id, group_name, contact_name,
                title, grounds, suggestions, category, suggested_unit_ids, disclosure_consent, status, merged_into,
                return_reason, not_filed_reason, not_filed_note, conversion, conversion_ref, key_proposal,
                key_leader_name, key_decision, key_selected_at, good_proposal, good_year, round, created_by, created_at,
                submitted_at, filed_at, closed_at, updated_at)
            overriding system value
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            LONG,
            LONG,
            LONG,
            TEXT,
            INT,
            INT,
            TEXT,
            TEXT,
            TEXT,
            LONG,
            LONG,
            LONG,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            BOOL,
            TEXT,
            LONG,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            BOOL,
            TEXT,
            TEXT,
            TS,
            BOOL,
            INT,
            INT,
            LONG,
            TS,
            TS,
            TS,
            TS,
            TS);
    final Table signers = new Table("""
            insert into proposal_signer (committee_id, proposal_id, member_id, position, role, confirmation,
                invited_at, responded_at, deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, INT, TEXT, TEXT, TS, TS, DATE);
    /** The audit entry of each history step, as {@code ProposalJournal} writes it for a step taken live. */
    final Table audits = new Table("""
            insert into audit_entry (committee_id, occurred_at, actor_name, action, target_type, target_id, summary,
                before_state, after_state) values (?, ?, ?, ?, 'proposal', ?, ?, ?, ?)""", LONG, TS, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT);

    final Table transitions = new Table("""
            insert into proposal_transition (committee_id, proposal_id, action, from_status, to_status, actor_name,
                occurred_at, reason, unit_id, member_id, related_proposal_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, TEXT, TEXT, TEXT, TEXT, TS, TEXT, LONG, LONG, LONG);
    final Table assignments =
            new Table("""
            insert into proposal_assignment (id, committee_id, proposal_id, unit_id, role, status, batch, assigned_at,
                contest_until, accepted_at, locked_at, deadline, original_deadline, round)
            overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, LONG, TEXT, TEXT, TEXT, TS, DATE, TS, TS, DATE, DATE, INT);
    final Table opinions = new Table("""
            insert into proposal_opinion (committee_id, proposal_id, assignment_id, unit_id, round, text, sent_at)
            values (?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, LONG, INT, TEXT, TS);
    final Table replies = new Table(
            """
            insert into proposal_reply (id, committee_id, proposal_id, assignment_id, unit_id, round, status,
                reply_class, letter, document_number, signer, drafted_at, replied_at, review_status, reviewed_class,
                review_reason, reviewed_by_name, reviewed_at, disclosure_mode, published_at)
            overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            LONG,
            LONG,
            LONG,
            LONG,
            LONG,
            INT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TS,
            TS,
            TEXT,
            TEXT,
            TEXT,
            TEXT,
            TS,
            TEXT,
            TS);
    final Table countersigns = new Table("""
            insert into proposal_countersign (committee_id, reply_id, assignment_id, unit_id, revision, signed_at)
            values (?, ?, ?, ?, 1, ?)""", LONG, LONG, LONG, LONG, TS);
    final Table evaluations =
            new Table("""
            insert into proposal_evaluation (committee_id, proposal_id, reply_id, round, member_id, lead, satisfaction,
                contacted, contact_method, attitude, pertinence, agreement, comment, on_paper, evaluated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, INT, LONG, BOOL, TEXT, BOOL, TEXT, TEXT, TEXT, TEXT, TEXT, BOOL, TS);
    final Table rehandlings = new Table("""
            insert into proposal_rehandling (committee_id, proposal_id, assignment_id, unit_id, round, opened_at,
                deadline) values (?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, LONG, INT, TS, DATE);
    final Table consultations = new Table("""
            insert into proposal_consultation (committee_id, proposal_id, held_on, place, participants, outcome,
                recorded_at) values (?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, DATE, TEXT, TEXT, TEXT, TS);
    final Table supervisions = new Table("""
            insert into proposal_supervision (committee_id, proposal_id, kind, held_on, place, parties, attendees,
                minutes, recorded_at) values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""", LONG, LONG, TEXT, DATE, TEXT, TEXT, TEXT, TEXT, TS);
    final Table followUps = new Table("""
            insert into proposal_follow_up (committee_id, proposal_id, reply_id, unit_id, year, progress, resolved,
                recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", LONG, LONG, LONG, LONG, INT, TEXT, BOOL, TS);
    final Table counters = new Table(
            "insert into proposal_counter (committee_id, counter_key, last_value) values (?, ?, ?)", LONG, TEXT, INT);

    private final JdbcTemplate jdbc;

    DemoBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long nextId(String table) {
        Long id = jdbc.queryForObject("select nextval(pg_get_serial_sequence(?, 'id'))", Long.class, table);
        return id == null ? 0 : id;
    }

    void write() {
        for (Table table : List.of(
                proposals,
                signers,
                transitions,
                audits,
                assignments,
                opinions,
                replies,
                countersigns,
                evaluations,
                rehandlings,
                consultations,
                supervisions,
                followUps,
                counters)) {
            if (!table.rows().isEmpty()) {
                jdbc.batchUpdate(table.sql(), table.rows(), 500, (ps, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i], table.types()[i]);
                    }
                });
            }
        }
    }
}
