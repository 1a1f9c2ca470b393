package org.xieshang.proposal.web.oversight;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.domain.ProposalScope;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Sent replies the supervisors have not reviewed yet, oldest first, in the signed-in user's scope. */
@Component
public class ReviewQueue {

    /** A reply waiting for review. */
    public record PendingReply(
            long replyId,
            long proposalId,
            String officialNumber,
            String title,
            long unitId,
            int round,
            ReplyClass replyClass,
            String letter,
            String documentNumber,
            OffsetDateTime repliedAt) {}

    private static final String FROM = """
             from proposal_reply r join proposal p on p.id = r.proposal_id
            where r.status = 'SUBMITTED' and r.review_status = 'PENDING' and """;

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageSlice<PendingReply> find(String q, Paging paging) {
        ProposalScope.Clause scope = ProposalScope.of(Actor.required());
        StringBuilder where = new StringBuilder(scope.sql());
        List<Object> params = new ArrayList<>(scope.params());
        if (q != null && !q.isBlank()) {
            where.append(" and (p.title ilike ? or coalesce(p.official_number, '') ilike ?)");
            params.add("%" + q.strip() + "%");
            params.add("%" + q.strip() + "%");
        }
        long total = jdbc.sql("select count(*)" + FROM + " " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<PendingReply> items = jdbc.sql("select r.id as reply_id, r.proposal_id, p.official_number, p.title,"
                        + " r.unit_id, r.round, r.reply_class, r.letter, r.document_number, r.replied_at"
                        + FROM + " " + where + " order by r.replied_at, r.id limit ? offset ?")
                .params(params)
                .query(PendingReply.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }
}
