package org.xieshang.opinion.web.issues;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports that can still go into an issue: accepted in the committee and in no issue yet (a report appears in at
 * most one piece), newest first. The core's report filter has no "not yet compiled" condition, and without it a year
 * with a thousand compiled reports would offer only reports the core then refuses.
 */
@Component
class IssueCandidates {

    /** Offered at once; the search narrows them. */
    static final int LIMIT = 100;

    private final JdbcClient jdbc;

    IssueCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Candidate(long id, String serialNumber, String title, String authorNames) {}

    @Transactional(readOnly = true)
    List<Candidate> find(long committeeId, Integer year, String q) {
        StringBuilder sql = new StringBuilder("""
                select r.id, r.serial_number, coalesce(r.edited_title, r.title) as title, r.author_names
                from opinion_report r
                where r.committee_id = ? and r.state = 'ACCEPTED'
                  and not exists (select 1 from opinion_issue_piece_report p where p.report_id = r.id)""");
        List<Object> params = new ArrayList<>(List.of(committeeId));
        if (year != null) {
            sql.append(" and r.year = ?");
            params.add(year);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and (r.title ilike ? or r.edited_title ilike ? or r.serial_number ilike ?)");
            String like = "%" + q.strip().replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        sql.append(" order by r.submitted_at desc, r.id desc limit ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query(Candidate.class).list();
    }
}
