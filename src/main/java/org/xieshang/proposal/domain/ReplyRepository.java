package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.DisclosureMode;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.shared.StaleRecord;

/** Stores replies and their counter-signatures. */
@Repository
public class ReplyRepository {

    private final JdbcClient jdbc;

    ReplyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The text of a reply as the unit writes it. */
    public record Text(ReplyClass replyClass, String letter, String documentNumber, String signer) {}

    public long insertDraft(Assignment a, int round, Text text, OffsetDateTime at) {
        return jdbc.sql("""
                insert into proposal_reply (committee_id, proposal_id, assignment_id, unit_id, round, status,
                    reply_class, letter, document_number, signer, drafted_at)
                values (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?) returning id""")
                .params(
                        a.committeeId(),
                        a.proposalId(),
                        a.id(),
                        a.unitId(),
                        round,
                        text.replyClass().name(),
                        text.letter(),
                        text.documentNumber(),
                        text.signer(),
                        at)
                .query(Long.class)
                .single();
    }

    /** A new revision of a draft: counter-signatures given to the earlier one no longer count. */
    public void redraft(Reply r, Text text, OffsetDateTime at) {
        change(
                r,
                "reply_class = ?, letter = ?, document_number = ?, signer = ?, drafted_at = ?, revision = revision + 1",
                text.replyClass().name(),
                text.letter(),
                text.documentNumber(),
                text.signer(),
                at);
    }

    public void submit(Reply r, OffsetDateTime at) {
        change(r, "status = 'SUBMITTED', replied_at = ?", at);
    }

    public void review(Reply r, ReplyClass newClass, String reason, Act act) {
        boolean changed = newClass != null && newClass != r.replyClass();
        change(
                r,
                "review_status = ?, reviewed_class = ?, review_reason = ?, reviewed_by = ?, reviewed_by_name = ?,"
                        + " reviewed_at = ?",
                changed ? "CLASS_CHANGED" : "APPROVED",
                changed ? newClass.name() : null,
                reason,
                act.actorId(),
                act.actorName(),
                act.at());
    }

    public void publish(Reply r, DisclosureMode mode, String summary, OffsetDateTime at) {
        change(
                r,
                "disclosure_mode = ?, disclosure_summary = ?, published_at = ?",
                mode.name(),
                summary,
                mode == DisclosureMode.NONE ? null : at);
    }

    public Optional<Reply> find(long id) {
        return jdbc.sql("select * from proposal_reply where id = ?")
                .param(id)
                .query(Reply.class)
                .optional();
    }

    public Optional<Reply> of(long assignmentId, int round) {
        return jdbc.sql("select * from proposal_reply where assignment_id = ? and round = ?")
                .params(assignmentId, round)
                .query(Reply.class)
                .optional();
    }

    public List<Reply> ofProposal(long proposalId) {
        return jdbc.sql("select * from proposal_reply where proposal_id = ? order by round, id")
                .param(proposalId)
                .query(Reply.class)
                .list();
    }

    public void countersign(Reply r, Assignment co, Act act) {
        jdbc.sql("""
                insert into proposal_countersign (committee_id, reply_id, assignment_id, unit_id, revision, signed_at,
                                                  signed_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.committeeId(), r.id(), co.id(), co.unitId(), r.revision(), act.at(), act.actorId())
                .update();
    }

    /** The co-unit assignments that counter-signed the reply's current revision. */
    public Set<Long> countersignedBy(Reply r) {
        return Set.copyOf(jdbc.sql("select assignment_id from proposal_countersign where reply_id = ? and revision = ?")
                .params(r.id(), r.revision())
                .query(Long.class)
                .list());
    }

    private void change(Reply r, String set, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = r.id();
        params[values.length + 1] = r.version();
        int updated = jdbc.sql(
                        "update proposal_reply set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new StaleRecord("reply", r.id());
        }
    }
}
