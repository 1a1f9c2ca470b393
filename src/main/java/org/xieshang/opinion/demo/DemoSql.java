package org.xieshang.opinion.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the demo rows with PostgreSQL's COPY (CSV): one round trip per table instead of one per row. COPY writes the
 * ids reserved in advance into the identity columns, as an insert overriding the system value would.
 */
final class DemoSql {

    private static final Map<String, String> COLUMNS = Map.of(
            "opinion_report",
            "id, committee_id, year, serial_number, state, title, facts, analysis, suggestions, category,"
                    + " submitter_type, party_organisation_id, special_committee_id, unit_name, author_names,"
                    + " created_by_name, edited_title, edited_body, edited_suggestions, edited_by_name, edited_at,"
                    + " signed_off_by_name, signed_off_at, decided_by_name, decided_at, filed_reason, origin_type,"
                    + " origin_id, origin_committee_id, origin_committee_name, idempotency_key, created_at,"
                    + " submitted_at, updated_at",
            "opinion_report_person",
            "report_id, committee_id, position, person_type, person_id, name, share",
            "opinion_report_transition",
            "committee_id, report_id, action, from_state, to_state, actor_name, reason, occurred_at",
            "opinion_issue",
            "id, committee_id, year, number, state, recipients, published_by_name, published_at, created_at",
            "opinion_issue_piece",
            "id, committee_id, issue_id, position, kind, title, body",
            "opinion_issue_piece_report",
            "piece_id, report_id, committee_id",
            "opinion_upward",
            "committee_id, report_id, year, target_committee_id, target_committee_name, target_level, channel,"
                    + " idempotency_key, sent_by_name, sent_at, remote_report_id, delivered_at",
            "opinion_outcome",
            "id, committee_id, report_id, level_committee_id, level_committee_name, level, type, adoption_kind,"
                    + " instruction_rank, leader_title, detail, related_key, occurred_on, idempotency_key,"
                    + " recorded_by_name, recorded_at",
            "opinion_points_entry",
            "committee_id, year, beneficiary_type, beneficiary_id, beneficiary_name, points, rule_code, report_id,"
                    + " outcome_id, recorded_at",
            "opinion_counter",
            "committee_id, year, kind, last_number");

    private DemoSql() {}

    static void copy(JdbcTemplate jdbc, String table, List<Object[]> rows) {
        String sql = "copy " + table + " (" + COLUMNS.get(table) + ") from stdin with (format csv)";
        StringBuilder csv = new StringBuilder();
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(cell(table, row[i]));
            }
            csv.append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A CSV cell: nothing for null, a quoted text otherwise (an empty quoted text stays an empty string). */
    private static String cell(String table, Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if ("opinion_issue".equals(table) && text.startsWith("PARTY_COMMITTEE")) {
            text = "{" + text + "}"; // the recipients column is a text array
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
