package org.xieshang.proposal.domain;

import java.util.List;
import org.springframework.stereotype.Component;
import org.xieshang.proposal.AssignmentAccepted;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalHandlingStarted;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.domain.Step.About;
import org.xieshang.shared.Actor;
import org.xieshang.shared.XieshangException;

/**
 * Rules that join a proposal and its assignments: which assignment the acting unit holds, acceptance (explicit, implied
 * by working on the proposal, or by the window passing), the start of handling once every unit is settled, and whether
 * every unit that replies has replied in its current round.
 */
@Component
public class HandlingSteps {

    private final AssignmentRepository assignments;
    private final ReplyRepository replies;

    HandlingSteps(AssignmentRepository assignments, ReplyRepository replies) {
        this.assignments = assignments;
        this.replies = replies;
    }

    /** The acting unit's live assignment on the proposal; a unit without one reads the assignment as not found. */
    public Assignment unitAssignment(Proposal proposal, Actor actor) {
        long unitId = actor.handlingUnitId()
                .orElseThrow(
                        () -> new XieshangException(XieshangException.Kind.FORBIDDEN, "proposal.not-a-handling-unit"));
        return assignments.active(proposal.id()).stream()
                .filter(a -> a.unitId() == unitId)
                .findFirst()
                .orElseThrow(() -> new Refusals.NotFound("assignment", proposal.id()));
    }

    /** Accepts a pending assignment (working on a proposal accepts it too), then starts handling if all are settled. */
    public Assignment accept(Proposal proposal, Assignment assignment, Act act, boolean byWindow) {
        if (assignment.status() != AssignmentStatus.PENDING) {
            return assignment;
        }
        proposal.check(ProposalAction.ASSIGNMENT_ACCEPTED);
        assignments.accept(assignment, act.at(), byWindow);
        proposal.take(
                ProposalAction.ASSIGNMENT_ACCEPTED,
                act,
                new About(byWindow ? "window" : null, assignment.unitId(), null, null));
        proposal.raise(new AssignmentAccepted(
                proposal.id(), proposal.committeeId(), assignment.id(), assignment.unitId(), byWindow));
        startHandlingIfSettled(proposal, act);
        return assignments.find(assignment.id()).orElseThrow();
    }

    /** Moves an assigned proposal into handling once every live assignment is accepted or past its window. */
    public void startHandlingIfSettled(Proposal proposal, Act act) {
        if (proposal.status() != ProposalStatus.ASSIGNED) {
            return;
        }
        List<Assignment> live = assignments.active(proposal.id());
        if (!live.isEmpty() && live.stream().allMatch(a -> a.settled(act.day()))) {
            proposal.take(ProposalAction.START_HANDLING, act, About.NOTHING);
            proposal.raise(new ProposalHandlingStarted(
                    proposal.id(),
                    proposal.committeeId(),
                    live.stream().map(Assignment::unitId).toList()));
        }
    }

    /** Whether every live unit that replies has sent its reply for its current round. */
    public boolean allRepliesIn(long proposalId) {
        return assignments.active(proposalId).stream()
                .filter(a -> a.role().replies())
                .allMatch(a ->
                        replies.of(a.id(), a.round()).filter(Reply::submitted).isPresent());
    }

    /** The live lead or sole/separate assignments (the units that reply). */
    public List<Assignment> replying(long proposalId) {
        return assignments.active(proposalId).stream()
                .filter(a -> a.role().replies())
                .toList();
    }
}
