package org.xieshang.opinion.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.ReportSummary;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * The report list with its filters, always inside the reader's scope. The statistics count with the same filters, so
 * a figure and the list it links to can never disagree. Drafts appear only when asked for by state.
 */
@Repository
public class ReportSearch {

    private static final String COLUMNS = """
            r.id, r.committee_id, r.year, r.serial_number, r.state, coalesce(r.edited_title, r.title) as title,
            r.category, r.submitter_type, r.unit_name, r.author_names,
            coalesce(r.origin_type = 'LOWER_COMMITTEE', false) as incoming, r.origin_committee_name, r.submitted_at,
            r.version""";

    /** An adoption at some level that still stands. */
    private static final String ADOPTED =
            "select 1 from opinion_outcome o where o.report_id = r.id" + " and o.type = 'ADOPTED' and not o.revoked";

    private final JdbcClient jdbc;

    ReportSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageSlice<ReportSummary> find(ReportScope scope, ReportFilter filter, Paging paging) {
        Where where = where(scope, filter);
        long total = count(where);
        List<Object> params = new ArrayList<>(where.params());
        params.add(paging.size());
        params.add(paging.offset());
        List<ReportSummary> items = jdbc.sql("select " + COLUMNS + " from opinion_report r where " + where.sql()
                        + " order by coalesce(r.submitted_at, r.created_at) desc, r.id desc limit ? offset ?")
                .params(params)
                .query(ReportSummary.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    public long count(ReportScope scope, ReportFilter filter) {
        return count(where(scope, filter));
    }

    public void forEach(ReportScope scope, ReportFilter filter, Consumer<ReportSummary> consumer) {
        Where where = where(scope, filter);
        try (var rows = jdbc
                .sql("select " + COLUMNS + " from opinion_report r where " + where.sql()
                        + " order by coalesce(r.submitted_at, r.created_at) desc, r.id desc")
                .params(where.params())
                .query(ReportSummary.class)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    private long count(Where where) {
        return jdbc.sql("select count(*) from opinion_report r where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(ReportScope scope, ReportFilter f) {
        StringBuilder sql = new StringBuilder(scope.sql());
        List<Object> params = new ArrayList<>(scope.sqlParams());
        columns(sql, params, f);
        upward(sql, params, f);
        adoption(sql, params, f);
        if (Boolean.TRUE.equals(f.mine())) {
            sql.append(" and (r.created_by = ? or exists (select 1 from opinion_report_person m where m.report_id ="
                    + " r.id and ((m.person_type = 'MEMBER' and m.person_id = ?) or (m.person_type = 'USER' and"
                    + " m.person_id = ?))))");
            params.add(scope.userId());
            params.add(scope.memberId() == null ? -1L : scope.memberId());
            params.add(scope.userId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (r.title ilike ? or r.edited_title ilike ? or r.author_names ilike ?"
                    + " or r.unit_name ilike ? or r.serial_number ilike ?)");
            String like = "%" + f.q().strip().replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 5; i++) {
                params.add(like);
            }
        }
        return new Where(sql.toString(), params);
    }

    /** Filters on the report's own columns; without a state, drafts are left out. */
    private static void columns(StringBuilder sql, List<Object> params, ReportFilter f) {
        add(sql, params, f.committeeId(), " and r.committee_id = ?");
        add(sql, params, f.year(), " and r.year = ?");
        if (f.state() == null) {
            sql.append(" and r.state <> 'DRAFT'");
        } else {
            add(sql, params, f.state().name(), " and r.state = ?");
        }
        add(sql, params, f.category(), " and r.category = ?");
        add(sql, params, f.submitterType() == null ? null : f.submitterType().name(), " and r.submitter_type = ?");
        add(sql, params, f.incoming(), " and coalesce(r.origin_type = 'LOWER_COMMITTEE', false) = ?");
    }

    private static void upward(StringBuilder sql, List<Object> params, ReportFilter f) {
        if (f.reportedUpward() != null) {
            sql.append(f.reportedUpward() ? " and" : " and not")
                    .append(" exists (select 1 from opinion_upward u where u.report_id = r.id)");
        }
        if (f.instructionRank() != null) {
            sql.append(" and exists (select 1 from opinion_outcome o where o.report_id = r.id and o.type ="
                    + " 'INSTRUCTED' and not o.revoked and o.instruction_rank = ?)");
            params.add(f.instructionRank().name());
        }
    }

    private static void adoption(StringBuilder sql, List<Object> params, ReportFilter f) {
        if (f.adoptedLevel() != null || f.adoptionKind() != null) {
            sql.append(" and exists (").append(ADOPTED);
            add(sql, params, f.adoptedLevel() == null ? null : f.adoptedLevel().name(), " and o.level = ?");
            add(sql, params, f.adoptionKind() == null ? null : f.adoptionKind().name(), " and o.adoption_kind = ?");
            sql.append(")");
        }
        if (Boolean.TRUE.equals(f.adoptedAbove())) {
            // outcomes at another committee than the record's own all come from above it
            sql.append(" and exists (").append(ADOPTED).append(" and o.level_committee_id <> r.committee_id)");
        }
    }

    private static void add(StringBuilder sql, List<Object> params, Object value, String clause) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            sql.append(clause);
            params.add(value);
        }
    }
}
