package org.xieshang.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.AssignmentSummary;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Lists assignments: a unit its own, the proposal office its committee's. Earliest deadline first. */
@Repository
public class AssignmentFinder {

    private static final String SELECT = """
            select a.id, a.proposal_id, a.committee_id, p.official_number, p.title, p.status as proposal_status,
                   a.unit_id, a.role, a.status, a.assigned_at, a.contest_until, a.deadline, a.round,
                   (a.extension_requested_at is not null and a.extension_approved is null) as extension_pending,
                   exists (select 1 from proposal_reply r where r.assignment_id = a.id and r.round = a.round
                           and r.status = 'SUBMITTED') as replied,
                   (a.role = 'CO' and exists (
                       select 1 from proposal_assignment l
                       join proposal_reply r on r.assignment_id = l.id and r.round = l.round and r.status = 'DRAFT'
                       where l.proposal_id = a.proposal_id and l.role = 'LEAD' and l.status <> 'WITHDRAWN'
                         and not exists (select 1 from proposal_countersign c where c.reply_id = r.id
                                         and c.assignment_id = a.id and c.revision = r.revision)))
                       as awaiting_countersign
            from proposal_assignment a join proposal p on p.id = a.proposal_id""";

    private final JdbcClient jdbc;

    AssignmentFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code open}: only proposals still being handled. */
    public PageSlice<AssignmentSummary> find(Actor actor, AssignmentStatus status, boolean open, Paging paging) {
        return find(actor, status, open, null, paging);
    }

    /** As above, also matching {@code q} against the title and the official number (the unit workbench's search). */
    public PageSlice<AssignmentSummary> find(
            Actor actor, AssignmentStatus status, boolean open, String q, Paging paging) {
        ProposalScope.Clause scope = ProposalScope.of(actor);
        StringBuilder where = new StringBuilder("a.status <> 'WITHDRAWN' and " + scope.sql());
        List<Object> params = new ArrayList<>(scope.params());
        if (actor.handlingUnitId().isPresent()) {
            where.append(" and a.unit_id = ?");
            params.add(actor.handlingUnitId().get());
        } else if (!actor.hasPermission("proposal:read-all")) {
            where.append(" and false");
        }
        if (status != null) {
            where.append(" and a.status = ?");
            params.add(status.name());
        }
        if (open) {
            where.append(" and p.status in ('ASSIGNED', 'HANDLING', 'REHANDLING')");
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (p.title ilike ? or coalesce(p.official_number, '') ilike ?)");
            params.add("%" + q.strip() + "%");
            params.add("%" + q.strip() + "%");
        }
        long total = jdbc.sql("select count(*) from proposal_assignment a join proposal p on p.id = a.proposal_id"
                        + " where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<AssignmentSummary> items = jdbc.sql(
                        SELECT + " where " + where + " order by a.deadline, a.id limit ? offset ?")
                .params(params)
                .query(AssignmentSummary.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }
}
