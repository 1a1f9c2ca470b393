package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
import org.xieshang.proposal.domain.Deadlines;
import org.xieshang.proposal.domain.HandlingRecords;
import org.xieshang.proposal.domain.HandlingSteps;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Reply;
import org.xieshang.proposal.domain.ReplyRepository;
import org.xieshang.proposal.domain.Step.About;
import org.xieshang.shared.Actor;
import org.xieshang.shared.XieshangException;

/**
 * Evaluation 满意度测评 and what follows: every signer rates each reply; the first proposer's ratings decide. Once the
 * first proposer has rated every current reply: all (basically) satisfied → evaluated; a 不满意 in the first round →
 * re-handling by the units concerned, with a new deadline; a 不满意 after re-handling → a face-to-face consultation,
 * whose record closes the proposal. Staff may enter a paper evaluation for a member, marked as such.
 */
@Service
@Transactional
public class ProposalEvaluation {

    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final ReplyRepository replies;
    private final HandlingRecords records;
    private final HandlingSteps handling;
    private final ProposalJournal journal;
    private final ProposalSettings settings;
    private final Deadlines deadlines;
    private final ProposalClock clock;

    ProposalEvaluation(
            ProposalRepository proposals,
            AssignmentRepository assignments,
            ReplyRepository replies,
            HandlingRecords records,
            HandlingSteps handling,
            ProposalJournal journal,
            ProposalSettings settings,
            Deadlines deadlines,
            ProposalClock clock) {
        this.proposals = proposals;
        this.assignments = assignments;
        this.replies = replies;
        this.records = records;
        this.handling = handling;
        this.journal = journal;
        this.settings = settings;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** The signed-in member rates a reply to a proposal they signed. */
    public long evaluate(long proposalId, long replyId, EvaluationForm form) {
        Actor actor = Actor.required();
        long memberId = actor.memberId()
                .orElseThrow(() -> new XieshangException(XieshangException.Kind.FORBIDDEN, "proposal.not-a-member"));
        return record(actor, proposalId, replyId, memberId, form, false);
    }

    /** Staff enter the paper form of a member who could not evaluate online. */
    public long evaluateOnPaper(long proposalId, long replyId, long memberId, EvaluationForm form) {
        return record(Actor.required(), proposalId, replyId, memberId, form, true);
    }

    private long record(Actor actor, long proposalId, long replyId, long memberId, EvaluationForm form, boolean paper) {
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.EVALUATION_RECORDED);
        Reply reply = evaluable(proposalId, replyId);
        if (!proposal.proposerMemberIds().contains(memberId)) {
            throw new Refusals.NotAnEvaluator();
        }
        if (records.evaluated(replyId, memberId)) {
            throw new Refusals.AlreadyEvaluated();
        }
        boolean lead = proposal.leadMemberId() == memberId;
        long id = records.insertEvaluation(reply, memberId, lead, form, paper, act);
        proposal.take(
                ProposalAction.EVALUATION_RECORDED,
                act,
                new About(form.satisfaction().name(), reply.unitId(), memberId, null));
        if (lead && proposal.status() == ProposalStatus.REPLIED) {
            decide(proposal, act);
        }
        proposal.raise(new ProposalEvaluated(
                proposalId,
                proposal.committeeId(),
                replyId,
                reply.unitId(),
                memberId,
                form.satisfaction(),
                lead,
                paper,
                proposal.status()));
        journal.commit(proposal);
        return id;
    }

    /** A reply of the proposal, sent, of its unit's current round, and reviewed when review is required. */
    private Reply evaluable(long proposalId, long replyId) {
        Reply reply = replies.find(replyId)
                .filter(r -> r.proposalId() == proposalId)
                .orElseThrow(() -> new Refusals.NotFound("reply", replyId));
        reply.checkSubmitted();
        Assignment assignment = assignments.find(reply.assignmentId()).orElseThrow();
        if (!assignment.active() || assignment.round() != reply.round()) {
            throw new Refusals.ReplySuperseded();
        }
        if (settings.replyReviewRequired() && !reply.reviewed()) {
            throw new Refusals.ReplyNotReviewed();
        }
        return reply;
    }

    /** Once the first proposer has rated every current reply, the ratings decide what comes next. */
    private void decide(Proposal proposal, Act act) {
        List<Assignment> dissatisfied = new ArrayList<>();
        for (Assignment assignment : handling.replying(proposal.id())) {
            Optional<Reply> current = replies.of(assignment.id(), assignment.round());
            Optional<Satisfaction> rating = current.flatMap(r -> records.leadSatisfaction(r.id()));
            if (rating.isEmpty()) {
                return;
            }
            if (rating.get() == Satisfaction.DISSATISFIED) {
                dissatisfied.add(assignment);
            }
        }
        List<Long> unitIds = dissatisfied.stream().map(Assignment::unitId).toList();
        if (dissatisfied.isEmpty()) {
            proposal.take(ProposalAction.EVALUATE, act, About.NOTHING);
        } else if (proposal.round() == 1) {
            openRehandling(proposal, dissatisfied, act);
        } else {
            proposal.take(ProposalAction.REQUIRE_CONSULTATION, act, About.NOTHING);
            proposal.raise(new ConsultationRequired(
                    proposal.id(), proposal.committeeId(), unitIds, proposal.proposerMemberIds()));
        }
    }

    /** The dissatisfied units handle again (a lead with its co-units, who counter-sign the new reply). */
    private void openRehandling(Proposal proposal, List<Assignment> dissatisfied, Act act) {
        proposal.openRehandling(act, null);
        LocalDate deadline = deadlines.rehandling(act.day());
        List<Assignment> again = new ArrayList<>(dissatisfied);
        if (dissatisfied.stream().anyMatch(a -> a.role() == AssignmentRole.LEAD)) {
            assignments.active(proposal.id()).stream()
                    .filter(a -> a.role() == AssignmentRole.CO)
                    .forEach(again::add);
        }
        for (Assignment assignment : again) {
            assignments.startRound(assignment, proposal.round(), deadline);
            records.insertRehandling(assignment, proposal.round(), act, deadline);
        }
        proposal.raise(new RehandlingOpened(
                proposal.id(),
                proposal.committeeId(),
                proposal.round(),
                dissatisfied.stream().map(Assignment::unitId).toList(),
                deadline,
                proposal.proposerMemberIds()));
    }

    /** Records the face-to-face consultation after a second 不满意; this closes the proposal. */
    public long recordConsultation(
            long proposalId, LocalDate heldOn, String place, String participants, String outcome) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.CONSULTATION_RECORDED);
        long id = records.insertConsultation(
                proposal.committeeId(),
                proposalId,
                new HandlingRecords.Meeting(heldOn, place, participants, outcome),
                act);
        proposal.take(ProposalAction.CONSULTATION_RECORDED, act, About.reason(outcome));
        proposal.raise(new ConsultationRecorded(proposalId, proposal.committeeId(), id));
        close(proposal, act, null);
        journal.commit(proposal);
        return id;
    }

    /** Closes 办结 an evaluated proposal, or a replied one whose evaluation did not come (a reason is then required). */
    public void close(long proposalId, String reason) {
        Proposal proposal = proposals.lockVisible(Actor.required(), proposalId);
        close(proposal, clock.act(), reason);
        journal.commit(proposal);
    }

    private void close(Proposal proposal, Act act, String reason) {
        proposal.close(act, reason);
        proposal.raise(new ProposalClosed(
                proposal.id(),
                proposal.committeeId(),
                proposal.proposerMemberIds(),
                assignments.active(proposal.id()).stream()
                        .map(Assignment::unitId)
                        .toList()));
    }
}
