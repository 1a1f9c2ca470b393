package org.xieshang.proposal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
import org.xieshang.proposal.domain.HandlingRecords;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Reply;
import org.xieshang.proposal.domain.ReplyRepository;
import org.xieshang.proposal.domain.Step.About;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;

/**
 * What happens to a reply once sent: supervisors review it and may change its class (with a reason); the proposal
 * office publishes it (in full or as a summary, contacts redacted) if the proposer agreed; the unit records the
 * cross-year follow-up of a B-class reply.
 */
@Service
@Transactional
public class ReplyOversight {

    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final ReplyRepository replies;
    private final HandlingRecords records;
    private final ProposalJournal journal;
    private final ProposalClock clock;
    private final ProposalSettings settings;

    ReplyOversight(
            ProposalRepository proposals,
            AssignmentRepository assignments,
            ReplyRepository replies,
            HandlingRecords records,
            ProposalJournal journal,
            ProposalClock clock,
            ProposalSettings settings) {
        this.proposals = proposals;
        this.assignments = assignments;
        this.replies = replies;
        this.records = records;
        this.journal = journal;
        this.clock = clock;
        this.settings = settings;
    }

    /** Approves the reply as it is ({@code newClass} null or unchanged), or changes its class, with a reason. */
    public void review(long replyId, ReplyClass newClass, String reason) {
        Actor actor = Actor.required();
        Reply reply = visible(actor, replyId);
        Proposal proposal = proposals.lockVisible(actor, reply.proposalId());
        reply = replies.find(replyId).orElseThrow();
        Act act = clock.act();
        proposal.check(ProposalAction.REPLY_REVIEWED);
        reply.checkSubmitted();
        requireCurrent(reply);
        if (reply.reviewed()) {
            throw new Refusals.ReplyAlreadyReviewed();
        }
        boolean changed = newClass != null && newClass != reply.replyClass();
        if (changed && (reason == null || reason.isBlank())) {
            throw new Refusals.MissingPart("reason");
        }
        replies.review(reply, newClass, reason, act);
        proposal.take(ProposalAction.REPLY_REVIEWED, act, About.unit(reply.unitId(), reason));
        proposal.raise(new ReplyReviewed(
                proposal.id(),
                proposal.committeeId(),
                reply.id(),
                reply.unitId(),
                changed ? newClass : reply.replyClass(),
                changed,
                proposal.proposerMemberIds()));
        journal.commit(proposal);
    }

    /** Publishes a sent reply (FULL or SUMMARY), or records that it stays unpublished (NONE). */
    public void publish(long replyId, DisclosureMode mode, String summary) {
        Actor actor = Actor.required();
        Reply reply = visible(actor, replyId);
        Proposal proposal = proposals.lockVisible(actor, reply.proposalId());
        reply = replies.find(replyId).orElseThrow();
        Act act = clock.act();
        proposal.check(ProposalAction.REPLY_PUBLISHED);
        reply.checkSubmitted();
        if (settings.replyReviewRequired() && !reply.reviewed()) {
            throw new Refusals.ReplyNotReviewed();
        }
        if (mode != DisclosureMode.NONE && !proposal.content().disclosureConsent()) {
            throw new Refusals.DisclosureNotConsented();
        }
        if (mode == DisclosureMode.SUMMARY && (summary == null || summary.isBlank())) {
            throw new Refusals.MissingPart("summary");
        }
        replies.publish(reply, mode, mode == DisclosureMode.SUMMARY ? summary : null, act.at());
        proposal.take(ProposalAction.REPLY_PUBLISHED, act, About.unit(reply.unitId(), mode.name()));
        proposal.raise(new ReplyPublished(proposal.id(), proposal.committeeId(), reply.id(), reply.unitId(), mode));
        journal.commit(proposal);
    }

    /** The unit that gave a B-class reply records how the matter went on in a later year. */
    public long recordFollowUp(long replyId, int year, String progress, boolean resolved) {
        Actor actor = Actor.required();
        Reply reply = visible(actor, replyId);
        Proposal proposal = proposals.lockVisible(actor, reply.proposalId());
        Act act = clock.act();
        proposal.check(ProposalAction.FOLLOW_UP_RECORDED);
        if (actor.handlingUnitId().filter(u -> u == reply.unitId()).isEmpty()) {
            throw new Refusals.NotFound("reply", replyId);
        }
        if (reply.finalClass() != ReplyClass.B) {
            throw new Refusals.NotBClass();
        }
        if (year <= reply.repliedAt().atZoneSameInstant(Act.CHINA).getYear()
                || year > act.day().getYear() + 1) {
            throw new InvalidInput("year", "proposal.follow-up-year");
        }
        long id = records.insertFollowUp(reply, year, progress, resolved, act);
        proposal.take(ProposalAction.FOLLOW_UP_RECORDED, act, About.unit(reply.unitId(), progress));
        proposal.raise(new FollowUpRecorded(proposal.id(), proposal.committeeId(), id, reply.unitId(), year, resolved));
        journal.commit(proposal);
        return id;
    }

    private Reply visible(Actor actor, long replyId) {
        return replies.find(replyId)
                .filter(r -> proposals.isVisible(actor, r.proposalId()))
                .orElseThrow(() -> new Refusals.NotFound("reply", replyId));
    }

    /** Only the reply of the unit's current round counts; an earlier one was superseded by re-handling. */
    private void requireCurrent(Reply reply) {
        Assignment assignment = assignments.find(reply.assignmentId()).orElseThrow();
        if (!assignment.active() || assignment.round() != reply.round()) {
            throw new Refusals.ReplySuperseded();
        }
    }
}
