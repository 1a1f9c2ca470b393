package org.xieshang.proposal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
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

/**
 * Handling and reply 办理与答复 by the units: co-units send opinions to the lead and counter-sign 会签 its draft; the
 * lead (or the sole unit, or each unit assigned separately 分办) drafts and sends its reply (class A/B/C, letter,
 * document number, signer). The proposal is replied once every unit that replies has replied in its current round.
 * Working on an assignment accepts it.
 */
@Service
@Transactional
public class ProposalHandling {

    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final ReplyRepository replies;
    private final HandlingRecords records;
    private final HandlingSteps handling;
    private final ProposalJournal journal;
    private final ProposalClock clock;

    ProposalHandling(
            ProposalRepository proposals,
            AssignmentRepository assignments,
            ReplyRepository replies,
            HandlingRecords records,
            HandlingSteps handling,
            ProposalJournal journal,
            ProposalClock clock) {
        this.proposals = proposals;
        this.assignments = assignments;
        this.replies = replies;
        this.records = records;
        this.handling = handling;
        this.journal = journal;
        this.clock = clock;
    }

    /** The reply as the unit writes it. */
    public record ReplyDraft(ReplyClass replyClass, String letter, String documentNumber, String signer) {}

    /** A co-unit's opinion to the lead unit. */
    public long sendOpinion(long proposalId, String text) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.CO_UNIT_OPINION);
        Assignment co = requireRole(handling.unitAssignment(proposal, actor), AssignmentRole.CO, "not-co");
        Assignment lead = lead(proposalId);
        co = handling.accept(proposal, co, act, false);
        long id = records.insertOpinion(co, co.round(), text, act);
        proposal.take(ProposalAction.CO_UNIT_OPINION, act, About.unit(co.unitId()));
        proposal.raise(new CoUnitOpinionSent(proposalId, proposal.committeeId(), id, co.unitId(), lead.unitId()));
        journal.commit(proposal);
        return id;
    }

    /** Saves the acting unit's reply draft for its current round; a new revision needs counter-signing again. */
    public long saveReplyDraft(long proposalId, ReplyDraft draft) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.REPLY_SUBMITTED);
        Assignment own = handling.unitAssignment(proposal, actor);
        if (!own.role().replies()) {
            throw new Refusals.WrongAssignmentRole("co-cannot-reply");
        }
        own = handling.accept(proposal, own, act, false);
        long id = store(own, draft, act);
        List<Long> coUnits = coUnits(proposalId);
        if (own.role() == AssignmentRole.LEAD && !coUnits.isEmpty()) {
            proposal.raise(new ReplyReadyForCountersign(proposalId, proposal.committeeId(), id, own.unitId(), coUnits));
        }
        journal.audit(
                proposal.committeeId(),
                AuditAction.UPDATE,
                "proposal_reply",
                id,
                "proposal.audit.reply-draft",
                proposal.label());
        journal.commit(proposal);
        return id;
    }

    /** The draft of the assignment's current round: a new one, or a new revision of the one not yet sent. */
    private long store(Assignment own, ReplyDraft draft, Act act) {
        ReplyRepository.Text text =
                new ReplyRepository.Text(draft.replyClass(), draft.letter(), draft.documentNumber(), draft.signer());
        Optional<Reply> existing = replies.of(own.id(), own.round());
        if (existing.isEmpty()) {
            return replies.insertDraft(own, own.round(), text, act.at());
        }
        if (existing.get().submitted()) {
            throw new Refusals.ReplyAlreadySubmitted();
        }
        replies.redraft(existing.get(), text, act.at());
        return existing.get().id();
    }

    /** A co-unit counter-signs the lead unit's current draft. */
    public void countersign(long proposalId) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.REPLY_COUNTERSIGNED);
        Assignment co = requireRole(handling.unitAssignment(proposal, actor), AssignmentRole.CO, "not-co");
        Assignment lead = lead(proposalId);
        Reply draft =
                replies.of(lead.id(), lead.round()).filter(r -> !r.submitted()).orElseThrow(Refusals.NoReplyDraft::new);
        co = handling.accept(proposal, co, act, false);
        replies.countersign(draft, co, act);
        proposal.take(ProposalAction.REPLY_COUNTERSIGNED, act, About.unit(co.unitId()));
        proposal.raise(
                new ReplyCountersigned(proposalId, proposal.committeeId(), draft.id(), co.unitId(), lead.unitId()));
        journal.commit(proposal);
    }

    /** Sends the acting unit's draft to the proposer; a lead's needs every co-unit's counter-signature first. */
    public long submitReply(long proposalId) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.REPLY_SUBMITTED);
        Assignment own = handling.unitAssignment(proposal, actor);
        Reply draft =
                replies.of(own.id(), own.round()).filter(r -> !r.submitted()).orElseThrow(Refusals.NoReplyDraft::new);
        if (own.role() == AssignmentRole.LEAD) {
            requireCountersigns(draft);
        }
        handling.accept(proposal, own, act, false);
        replies.submit(draft, act.at());
        proposal.take(ProposalAction.REPLY_SUBMITTED, act, About.unit(own.unitId()));
        boolean allIn = handling.allRepliesIn(proposalId);
        if (allIn && ProposalAction.REPLY.allowedFrom(proposal.status())) {
            proposal.take(ProposalAction.REPLY, act, About.NOTHING);
        }
        proposal.raise(new ProposalReplied(
                proposalId,
                proposal.committeeId(),
                draft.id(),
                own.unitId(),
                draft.replyClass(),
                draft.round(),
                allIn,
                proposal.proposerMemberIds()));
        journal.commit(proposal);
        return draft.id();
    }

    /** Every live co-unit must have counter-signed the draft's current revision. */
    private void requireCountersigns(Reply draft) {
        Set<Long> signed = replies.countersignedBy(draft);
        long missing = assignments.active(draft.proposalId()).stream()
                .filter(a -> a.role() == AssignmentRole.CO && !signed.contains(a.id()))
                .count();
        if (missing > 0) {
            throw new Refusals.CountersignsMissing(missing);
        }
    }

    private Assignment lead(long proposalId) {
        return assignments.active(proposalId).stream()
                .filter(a -> a.role() == AssignmentRole.LEAD)
                .findFirst()
                .orElseThrow(() -> new Refusals.WrongAssignmentRole("no-lead"));
    }

    private List<Long> coUnits(long proposalId) {
        return assignments.active(proposalId).stream()
                .filter(a -> a.role() == AssignmentRole.CO)
                .map(Assignment::unitId)
                .toList();
    }

    private static Assignment requireRole(Assignment assignment, AssignmentRole role, String code) {
        if (assignment.role() != role) {
            throw new Refusals.WrongAssignmentRole(code);
        }
        return assignment;
    }
}
