package org.xieshang.proposal.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.proposal.EvaluationForm;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.Satisfaction;
import org.xieshang.proposal.SupervisionKind;

/**
 * The records the workflow adds to a proposal and never changes: co-unit opinions, evaluations, re-handling rounds,
 * consultations, supervision events and follow-ups.
 */
@Repository
public class HandlingRecords {

    private final JdbcClient jdbc;

    HandlingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertOpinion(Assignment co, int round, String text, Act act) {
        return jdbc.sql("""
                insert into proposal_opinion (committee_id, proposal_id, assignment_id, unit_id, round, text, sent_at,
                                              sent_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(co.committeeId(), co.proposalId(), co.id(), co.unitId(), round, text, act.at(), act.actorId())
                .query(Long.class)
                .single();
    }

    public boolean evaluated(long replyId, long memberId) {
        return jdbc.sql("select exists (select 1 from proposal_evaluation where reply_id = ? and member_id = ?)")
                .params(replyId, memberId)
                .query(Boolean.class)
                .single();
    }

    public long insertEvaluation(Reply reply, long memberId, boolean lead, EvaluationForm f, boolean onPaper, Act act) {
        return jdbc.sql("""
                insert into proposal_evaluation (committee_id, proposal_id, reply_id, round, member_id, lead,
                    satisfaction, contacted, contact_method, attitude, pertinence, agreement, comment, on_paper,
                    entered_by, evaluated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reply.committeeId(),
                        reply.proposalId(),
                        reply.id(),
                        reply.round(),
                        memberId,
                        lead,
                        f.satisfaction().name(),
                        f.contacted(),
                        f.contactMethod().name(),
                        f.attitude().name(),
                        f.pertinence().name(),
                        f.agreement().name(),
                        f.comment(),
                        onPaper,
                        act.actorId(),
                        act.at())
                .query(Long.class)
                .single();
    }

    /** The first proposer's rating of a reply, if given. */
    public Optional<Satisfaction> leadSatisfaction(long replyId) {
        return jdbc.sql("select satisfaction from proposal_evaluation where reply_id = ? and lead")
                .param(replyId)
                .query(String.class)
                .optional()
                .map(Satisfaction::valueOf);
    }

    public void insertRehandling(Assignment a, int round, Act act, LocalDate deadline) {
        jdbc.sql("""
                insert into proposal_rehandling (committee_id, proposal_id, assignment_id, unit_id, round, opened_at,
                                                 deadline)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.committeeId(), a.proposalId(), a.id(), a.unitId(), round, act.at(), deadline)
                .update();
    }

    /** A face-to-face consultation, or any other dated meeting record. */
    public record Meeting(LocalDate heldOn, String place, String participants, String outcome) {}

    public long insertConsultation(long committeeId, long proposalId, Meeting m, Act act) {
        return jdbc.sql("""
                insert into proposal_consultation (committee_id, proposal_id, held_on, place, participants, outcome,
                                                   recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        committeeId,
                        proposalId,
                        m.heldOn(),
                        m.place(),
                        m.participants(),
                        m.outcome(),
                        act.actorId(),
                        act.at())
                .query(Long.class)
                .single();
    }

    public record SupervisionEvent(
            SupervisionKind kind,
            LocalDate heldOn,
            String place,
            List<String> parties,
            String attendees,
            String minutes) {}

    public long insertSupervision(long committeeId, long proposalId, SupervisionEvent e, Act act) {
        return jdbc.sql("""
                insert into proposal_supervision (committee_id, proposal_id, kind, held_on, place, parties, attendees,
                                                  minutes, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        committeeId,
                        proposalId,
                        e.kind().name(),
                        e.heldOn(),
                        e.place(),
                        e.parties().toArray(String[]::new),
                        e.attendees(),
                        e.minutes(),
                        act.actorId(),
                        act.at())
                .query(Long.class)
                .single();
    }

    public long insertFollowUp(Reply reply, int year, String progress, boolean resolved, Act act) {
        return jdbc.sql("""
                insert into proposal_follow_up (committee_id, proposal_id, reply_id, unit_id, year, progress, resolved,
                                                recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        reply.committeeId(),
                        reply.proposalId(),
                        reply.id(),
                        reply.unitId(),
                        year,
                        progress,
                        resolved,
                        act.actorId(),
                        act.at())
                .query(Long.class)
                .single();
    }

    // ---- reading, for the details of a proposal

    public List<ProposalDetails.Opinion> opinions(long proposalId) {
        return jdbc.sql("select id, unit_id, null as unit_name, round, text, sent_at from proposal_opinion"
                        + " where proposal_id = ? order by id")
                .param(proposalId)
                .query(ProposalDetails.Opinion.class)
                .list();
    }

    public List<ProposalDetails.Evaluation> evaluations(long proposalId) {
        return jdbc.sql("select * from proposal_evaluation where proposal_id = ? order by id")
                .param(proposalId)
                .query(ProposalDetails.Evaluation.class)
                .list();
    }

    public List<ProposalDetails.Rehandling> rehandlings(long proposalId) {
        return jdbc.sql("select unit_id, round, opened_at, deadline from proposal_rehandling where proposal_id = ?"
                        + " order by id")
                .param(proposalId)
                .query(ProposalDetails.Rehandling.class)
                .list();
    }

    public List<ProposalDetails.Supervision> supervisions(long proposalId) {
        return jdbc.sql("select * from proposal_supervision where proposal_id = ? order by held_on, id")
                .param(proposalId)
                .query((rs, n) -> new ProposalDetails.Supervision(
                        rs.getLong("id"),
                        SupervisionKind.valueOf(rs.getString("kind")),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"),
                        strings(rs.getArray("parties")),
                        rs.getString("attendees"),
                        rs.getString("minutes"),
                        ProposalRepository.time(rs, "recorded_at")))
                .list();
    }

    public List<ProposalDetails.Consultation> consultations(long proposalId) {
        return jdbc.sql("select * from proposal_consultation where proposal_id = ? order by id")
                .param(proposalId)
                .query(ProposalDetails.Consultation.class)
                .list();
    }

    public List<ProposalDetails.FollowUp> followUps(long proposalId) {
        return jdbc.sql("select * from proposal_follow_up where proposal_id = ? order by year, id")
                .param(proposalId)
                .query(ProposalDetails.FollowUp.class)
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
