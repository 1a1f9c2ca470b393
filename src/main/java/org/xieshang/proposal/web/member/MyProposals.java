package org.xieshang.proposal.web.member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.SignerRole;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * The member workbench's own read model: proposals the member signs (as first proposer or co-signer, drafts
 * included), with their place among the signers. The core's list also shows other members' public proposals, which
 * do not belong on "my proposals".
 */
@Component
@Transactional(readOnly = true)
class MyProposals {

    private static final String FROM = " from proposal p join proposal_signer s on s.proposal_id = p.id"
            + " where s.member_id = :member and p.committee_id in (:committees)";

    private final JdbcClient jdbc;

    MyProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One of my proposals as the workbench lists it. */
    record Row(
            long id,
            Integer runningNo,
            String officialNumber,
            String title,
            ProposalKind kind,
            String category,
            ProposalStatus status,
            Long meetingId,
            OffsetDateTime createdAt,
            OffsetDateTime submittedAt,
            SignerRole role,
            Confirmation confirmation,
            boolean awaitsEvaluation) {}

    record Filter(String q, ProposalStatus status, Long meetingId) {}

    PageSlice<Row> find(long memberId, Set<Long> committees, Filter filter, Paging paging) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        params.put("member", memberId);
        params.put("committees", committees);
        conditions(filter, where, params);
        String sql = FROM + String.join("", where);
        long total = jdbc.sql("select count(*)" + sql)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Row> rows = jdbc.sql(select() + sql + " order by p.created_at desc, p.id desc limit :limit offset :offset")
                .params(params)
                .query(Row.class)
                .list();
        return new PageSlice<>(rows, paging.page(), paging.size(), total);
    }

    void forEach(long memberId, Set<Long> committees, Filter filter, Consumer<Row> consumer) {
        List<String> where = new ArrayList<>();
        var params = new java.util.HashMap<String, Object>();
        params.put("member", memberId);
        params.put("committees", committees);
        conditions(filter, where, params);
        jdbc
                .sql(select() + FROM + String.join("", where) + " order by p.created_at desc, p.id desc")
                .params(params)
                .query(Row.class)
                .stream()
                .forEach(consumer);
    }

    /** Co-signature invitations still open and replies the member has not rated yet. */
    List<Row> waiting(long memberId, Set<Long> committees) {
        return jdbc.sql(select() + FROM
                        + " and ((s.confirmation = 'PENDING' and p.status = 'DRAFT') or (" + AWAITS + "))"
                        + " order by p.id")
                .param("member", memberId)
                .param("committees", committees)
                .query(Row.class)
                .list();
    }

    private static final String AWAITS = "p.status = 'REPLIED' and s.confirmation = 'CONFIRMED' and not exists"
            + " (select 1 from proposal_evaluation e where e.proposal_id = p.id and e.member_id = s.member_id"
            + " and e.round = p.round)";

    private static String select() {
        return "select p.id, p.running_no, p.official_number, p.title, p.kind, p.category, p.status, p.meeting_id,"
                + " p.created_at, p.submitted_at, s.role, s.confirmation, (" + AWAITS + ") as awaits_evaluation";
    }

    private static void conditions(Filter filter, List<String> where, java.util.Map<String, Object> params) {
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add(" and (p.title ilike :q or p.official_number ilike :q or cast(p.running_no as text) = :raw)");
            params.put("q", "%" + filter.q().strip().replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("raw", filter.q().strip());
        }
        if (filter.status() != null) {
            where.add(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.meetingId() != null) {
            where.add(" and p.meeting_id = :meeting");
            params.put("meeting", filter.meetingId());
        }
    }
}
