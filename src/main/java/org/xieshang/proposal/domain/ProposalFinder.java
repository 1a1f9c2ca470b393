package org.xieshang.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.TimelineEntry;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Lists of proposals with search and filters, always within {@link ProposalScope}. */
@Repository
public class ProposalFinder {

    private static final String SUMMARY = """
            select p.id, p.committee_id, p.running_no, p.official_number, p.title, p.kind,
                   p.collective_type as collective_proposer, p.category, p.status, p.period, p.meeting_id, p.urgent,
                   p.key_proposal, p.good_proposal, p.merged_into,
                   (select s.member_id from proposal_signer s where s.proposal_id = p.id and s.position = 1)
                       as lead_member_id,
                   p.created_at, p.submitted_at, p.filed_at, p.version
            from proposal p""";

    private static final String ORDER = " order by coalesce(p.submitted_at, p.created_at) desc, p.id desc";

    private final JdbcClient jdbc;

    ProposalFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageSlice<ProposalSummary> find(Actor actor, ProposalFilter filter, Paging paging) {
        ProposalScope.Clause where = where(actor, filter);
        long total = jdbc.sql("select count(*) from proposal p where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(paging.size());
        params.add(paging.offset());
        List<ProposalSummary> items = jdbc.sql(SUMMARY + " where " + where.sql() + ORDER + " limit ? offset ?")
                .params(params)
                .query(ProposalSummary.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Every matching proposal, newest first, streamed (for export). */
    public void forEach(Actor actor, ProposalFilter filter, Consumer<ProposalSummary> consumer) {
        ProposalScope.Clause where = where(actor, filter);
        try (var rows = jdbc
                .sql(SUMMARY + " where " + where.sql() + ORDER)
                .params(where.params())
                .query(ProposalSummary.class)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    public ProposalSummary summary(long id) {
        return jdbc.sql(SUMMARY + " where p.id = ?")
                .param(id)
                .query(ProposalSummary.class)
                .single();
    }

    public List<TimelineEntry> timeline(long proposalId) {
        return jdbc.sql("select * from proposal_transition where proposal_id = ? order by occurred_at, id")
                .param(proposalId)
                .query(TimelineEntry.class)
                .list();
    }

    private static ProposalScope.Clause where(Actor actor, ProposalFilter filter) {
        ProposalScope.Clause scope = ProposalScope.of(actor);
        StringBuilder sql = new StringBuilder(scope.sql());
        List<Object> params = new ArrayList<>(scope.params());
        search(sql, params, filter.q());
        if (!filter.statuses().isEmpty()) {
            sql.append(" and p.status = any(?)");
            params.add(filter.statuses().stream().map(ProposalStatus::name).toArray(String[]::new));
        }
        add(
                sql,
                params,
                " and p.kind = ?",
                filter.kind() == null ? null : filter.kind().name());
        add(sql, params, " and p.category = ?", filter.category());
        add(sql, params, " and p.meeting_id = ?", filter.meetingId());
        add(
                sql,
                params,
                " and p.period = ?",
                filter.period() == null ? null : filter.period().name());
        add(sql, params, " and p.key_proposal = ?", filter.keyProposal());
        add(sql, params, " and p.good_proposal = ?", filter.goodProposal());
        add(
                sql,
                params,
                " and exists (select 1 from proposal_assignment a where a.proposal_id = p.id"
                        + " and a.unit_id = ? and a.status <> 'WITHDRAWN')",
                filter.unitId());
        add(sql, params, " and extract(year from p.submitted_at at time zone 'Asia/Shanghai') = ?", filter.year());
        return new ProposalScope.Clause(sql.toString(), params);
    }

    /** The title or the official number contains the text, or it is the running number. */
    private static void search(StringBuilder sql, List<Object> params, String q) {
        if (q == null || q.isBlank()) {
            return;
        }
        String text = q.strip();
        sql.append(" and (p.title ilike ? or p.official_number ilike ? or p.running_no::text = ?)");
        params.add("%" + text + "%");
        params.add("%" + text + "%");
        params.add(text);
    }

    private static void add(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(condition);
            params.add(value);
        }
    }
}
