package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.AssignmentRole;
import org.xieshang.shared.StaleRecord;

/** Stores assignments. Every change checks the version read, so two staff answering one contest cannot both win. */
@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new assignment needs. */
    public record NewAssignment(
            long committeeId,
            long proposalId,
            long unitId,
            AssignmentRole role,
            String batch,
            Act act,
            LocalDate contestUntil,
            LocalDate deadline,
            int round) {}

    public long insert(NewAssignment a) {
        return jdbc.sql("""
                insert into proposal_assignment (committee_id, proposal_id, unit_id, role, status, batch, assigned_at,
                    assigned_by, contest_until, deadline, original_deadline, round)
                values (?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        a.committeeId(),
                        a.proposalId(),
                        a.unitId(),
                        a.role().name(),
                        a.batch(),
                        a.act().at(),
                        a.act().actorId(),
                        a.contestUntil(),
                        a.deadline(),
                        a.deadline(),
                        a.round())
                .query(Long.class)
                .single();
    }

    public Optional<Assignment> find(long id) {
        return jdbc.sql("select * from proposal_assignment where id = ?")
                .param(id)
                .query(Assignment.class)
                .optional();
    }

    /** Every assignment of a proposal, withdrawn ones included, oldest first. */
    public List<Assignment> ofProposal(long proposalId) {
        return jdbc.sql("select * from proposal_assignment where proposal_id = ? order by id")
                .param(proposalId)
                .query(Assignment.class)
                .list();
    }

    public List<Assignment> active(long proposalId) {
        return ofProposal(proposalId).stream().filter(Assignment::active).toList();
    }

    /** Pending assignments whose window ended before {@code today}, across committees (for the daily job). */
    public List<Assignment> pendingPastWindow(LocalDate today) {
        return jdbc.sql("select * from proposal_assignment where status = 'PENDING' and contest_until < ? order by id")
                .param(today)
                .query(Assignment.class)
                .list();
    }

    public void accept(Assignment a, OffsetDateTime at, boolean byWindow) {
        change(a, "status = 'ACCEPTED', accepted_at = ?, locked_at = ?", byWindow ? null : at, at);
    }

    public void contest(Assignment a, OffsetDateTime at, String reason) {
        change(a, "status = 'CONTESTED', contested_at = ?, contest_reason = ?", at, reason);
    }

    public void withdraw(Assignment a, long replacedBy, String reason) {
        change(a, "status = 'WITHDRAWN', replaced_by = ?, resolution_reason = ?", replacedBy, reason);
    }

    /** A contest refused: the assignment stands and is locked. */
    public void keep(Assignment a, OffsetDateTime at, String reason) {
        change(a, "status = 'ACCEPTED', locked_at = ?, resolution_reason = ?", at, reason);
    }

    public void requestExtension(Assignment a, LocalDate until, String reason, OffsetDateTime at) {
        change(
                a,
                "extension_until = ?, extension_reason = ?, extension_requested_at = ?, extension_approved = null,"
                        + " extension_decided_by = null, extension_decided_by_name = null, extension_decided_at = null",
                until,
                reason,
                at);
    }

    public void decideExtension(Assignment a, boolean approved, Act act) {
        LocalDate deadline = approved ? a.extensionUntil() : a.deadline();
        change(
                a,
                "extension_approved = ?, extension_decided_by = ?, extension_decided_by_name = ?,"
                        + " extension_decided_at = ?, deadline = ?",
                approved,
                act.actorId(),
                act.actorName(),
                act.at(),
                deadline);
    }

    /** Starts a re-handling round with its own deadline. */
    public void startRound(Assignment a, int round, LocalDate deadline) {
        change(a, "round = ?, deadline = ?", round, deadline);
    }

    private void change(Assignment a, String set, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = a.id();
        params[values.length + 1] = a.version();
        int updated = jdbc.sql("update proposal_assignment set " + set + ", version = version + 1"
                        + " where id = ? and version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new StaleRecord("assignment", a.id());
        }
    }
}
