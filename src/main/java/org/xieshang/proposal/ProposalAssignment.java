package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
import org.xieshang.proposal.domain.AssignmentRepository.NewAssignment;
import org.xieshang.proposal.domain.Deadlines;
import org.xieshang.proposal.domain.HandlingSteps;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Registration;
import org.xieshang.proposal.domain.Step.About;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;

/**
 * Assignment 交办: staff assign filed proposals, several at once as at an assignment meeting 交办会 (all or nothing);
 * a unit accepts or contests within the window; staff re-assign or keep a contested assignment; units ask for a later
 * deadline and staff decide. A merged proposal goes to the same units as its primary.
 */
@Service
@Transactional
public class ProposalAssignment {

    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final HandlingSteps handling;
    private final ProposalJournal journal;
    private final Deadlines deadlines;
    private final OrganisationDirectory organisation;
    private final ProposalClock clock;

    ProposalAssignment(
            ProposalRepository proposals,
            AssignmentRepository assignments,
            HandlingSteps handling,
            ProposalJournal journal,
            Deadlines deadlines,
            OrganisationDirectory organisation,
            ProposalClock clock) {
        this.proposals = proposals;
        this.assignments = assignments;
        this.handling = handling;
        this.journal = journal;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** One proposal's assignment: for {@code LEAD_WITH_CO} the first unit leads and the others co-handle. */
    public record Plan(long proposalId, AssignmentMode mode, List<Long> unitIds) {

        public Plan {
            unitIds = unitIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(unitIds));
        }
    }

    /** Assigns every plan in one transaction; returns the ids of the assignments made (merged proposals included). */
    public List<Long> assign(String batch, List<Plan> plans) {
        Actor actor = Actor.required();
        Act act = clock.act();
        List<Long> made = new ArrayList<>();
        for (Plan plan : plans) {
            Proposal proposal = proposals.lockVisible(actor, plan.proposalId());
            checkPlan(proposal.committeeId(), plan);
            proposal.assign(act, false);
            made.addAll(assignUnits(proposal, plan, batch, act));
            journal.commit(proposal);
            for (Long childId : proposals.mergedChildren(proposal.id())) {
                Proposal child = proposals.lock(childId).orElseThrow();
                child.assign(act, true);
                made.addAll(assignUnits(child, plan, batch, act));
                journal.commit(child);
            }
        }
        return made;
    }

    private List<Long> assignUnits(Proposal proposal, Plan plan, String batch, Act act) {
        LocalDate contestUntil = deadlines.contestUntil(act.day());
        Registration registration = proposal.registration().orElseThrow();
        LocalDate deadline = deadlines.handling(
                act.day(), registration.period(), proposal.content().urgent());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < plan.unitIds().size(); i++) {
            long unitId = plan.unitIds().get(i);
            AssignmentRole role = roleOf(plan.mode(), i);
            long id = assignments.insert(new NewAssignment(
                    proposal.committeeId(), proposal.id(), unitId, role, batch, act, contestUntil, deadline, 1));
            proposal.raise(new ProposalAssigned(
                    proposal.id(),
                    proposal.committeeId(),
                    id,
                    unitId,
                    role,
                    contestUntil,
                    deadline,
                    proposal.proposerMemberIds()));
            ids.add(id);
        }
        return ids;
    }

    private static AssignmentRole roleOf(AssignmentMode mode, int index) {
        return switch (mode) {
            case SOLE -> AssignmentRole.SOLE;
            case SEPARATE -> AssignmentRole.SEPARATE;
            case LEAD_WITH_CO -> index == 0 ? AssignmentRole.LEAD : AssignmentRole.CO;
        };
    }

    private void checkPlan(long committeeId, Plan plan) {
        int units = plan.unitIds().size();
        boolean fits = plan.mode() == AssignmentMode.SOLE ? units == 1 : units >= 2;
        if (plan.mode() == null || !fits) {
            throw new InvalidInput("unitIds", "proposal.units-do-not-fit-mode");
        }
        List<NamedRef> known = organisation.handlingUnits(committeeId);
        for (Long unitId : plan.unitIds()) {
            if (known.stream().noneMatch(u -> u.id() == unitId)) {
                throw new Refusals.UnknownUnit("unitIds", unitId);
            }
        }
    }

    /** The unit takes the assignment on. */
    public void accept(long assignmentId) {
        Held held = hold(assignmentId, true);
        Proposal proposal = held.proposal();
        Assignment assignment = held.assignment();
        assignment.checkAccept();
        handling.accept(proposal, assignment, clock.act(), false);
        journal.commit(proposal);
    }

    /** The unit says the matter is not its own, within the window; staff then decide. */
    public void contest(long assignmentId, String reason) {
        Held held = hold(assignmentId, true);
        Proposal proposal = held.proposal();
        Assignment assignment = held.assignment();
        Act act = clock.act();
        proposal.check(ProposalAction.ASSIGNMENT_CONTESTED);
        assignment.checkContest(act.day());
        Refusals.requireText(reason, "reason");
        assignments.contest(assignment, act.at(), reason);
        proposal.take(ProposalAction.ASSIGNMENT_CONTESTED, act, About.unit(assignment.unitId(), reason));
        proposal.raise(new AssignmentContested(
                proposal.id(), proposal.committeeId(), assignment.id(), assignment.unitId(), reason));
        journal.commit(proposal);
    }

    /** Replaces a contested assignment by one to another unit, in the same role, with a fresh window. */
    public long reassign(long assignmentId, long unitId, String reason) {
        Held held = hold(assignmentId, false);
        Proposal proposal = held.proposal();
        Assignment old = held.assignment();
        Act act = clock.act();
        proposal.check(ProposalAction.ASSIGNMENT_REASSIGNED);
        old.checkContested();
        checkReplacement(proposal, unitId);
        Registration registration = proposal.registration().orElseThrow();
        long id = assignments.insert(new NewAssignment(
                proposal.committeeId(),
                proposal.id(),
                unitId,
                old.role(),
                old.batch(),
                act,
                deadlines.contestUntil(act.day()),
                deadlines.handling(
                        act.day(), registration.period(), proposal.content().urgent()),
                old.round()));
        assignments.withdraw(old, id, reason);
        proposal.take(ProposalAction.ASSIGNMENT_REASSIGNED, act, About.unit(unitId, reason));
        proposal.raise(
                new AssignmentReassigned(proposal.id(), proposal.committeeId(), old.id(), old.unitId(), id, unitId));
        Assignment made = assignments.find(id).orElseThrow();
        proposal.raise(new ProposalAssigned(
                proposal.id(),
                proposal.committeeId(),
                id,
                unitId,
                made.role(),
                made.contestUntil(),
                made.deadline(),
                proposal.proposerMemberIds()));
        journal.commit(proposal);
        return id;
    }

    private void checkReplacement(Proposal proposal, long unitId) {
        if (organisation.handlingUnits(proposal.committeeId()).stream().noneMatch(u -> u.id() == unitId)) {
            throw new Refusals.UnknownUnit("unitId", unitId);
        }
        if (assignments.active(proposal.id()).stream().anyMatch(a -> a.unitId() == unitId)) {
            throw new InvalidInput("unitId", "proposal.unit-already-assigned");
        }
    }

    /** Refuses a contest: the assignment stands and is locked. */
    public void keep(long assignmentId, String reason) {
        Held held = hold(assignmentId, false);
        Proposal proposal = held.proposal();
        Assignment assignment = held.assignment();
        Act act = clock.act();
        proposal.check(ProposalAction.CONTEST_REJECTED);
        assignment.checkContested();
        Refusals.requireText(reason, "reason");
        assignments.keep(assignment, act.at(), reason);
        proposal.take(ProposalAction.CONTEST_REJECTED, act, About.unit(assignment.unitId(), reason));
        proposal.raise(new ContestRejected(
                proposal.id(), proposal.committeeId(), assignment.id(), assignment.unitId(), reason));
        handling.startHandlingIfSettled(proposal, act);
        journal.commit(proposal);
    }

    /** The unit asks for a later deadline: at most the configured maximum (6 months) from assignment. */
    public void requestExtension(long assignmentId, LocalDate until, String reason) {
        Held held = hold(assignmentId, true);
        Proposal proposal = held.proposal();
        Assignment assignment = held.assignment();
        Act act = clock.act();
        proposal.check(ProposalAction.EXTENSION_REQUESTED);
        assignment.checkExtensionRequest(until, deadlines.latestExtension(assignment.assignedOn()));
        Refusals.requireText(reason, "reason");
        assignments.requestExtension(assignment, until, reason, act.at());
        proposal.take(ProposalAction.EXTENSION_REQUESTED, act, About.unit(assignment.unitId(), reason));
        proposal.raise(new DeadlineExtensionRequested(
                proposal.id(), proposal.committeeId(), assignment.id(), assignment.unitId(), until, reason));
        journal.commit(proposal);
    }

    /** Staff approve (the deadline moves) or refuse (with a reason) a unit's request. */
    public void decideExtension(long assignmentId, boolean approve, String reason) {
        Held held = hold(assignmentId, false);
        Proposal proposal = held.proposal();
        Assignment assignment = held.assignment();
        Act act = clock.act();
        ProposalAction action = approve ? ProposalAction.EXTENSION_APPROVED : ProposalAction.EXTENSION_REFUSED;
        proposal.check(action);
        assignment.checkExtensionDecision();
        if (!approve) {
            Refusals.requireText(reason, "reason");
        }
        assignments.decideExtension(assignment, approve, act);
        proposal.take(action, act, About.unit(assignment.unitId(), reason));
        proposal.raise(
                approve
                        ? new DeadlineExtended(
                                proposal.id(),
                                proposal.committeeId(),
                                assignment.id(),
                                assignment.unitId(),
                                assignment.extensionUntil())
                        : new DeadlineExtensionRefused(
                                proposal.id(), proposal.committeeId(), assignment.id(), assignment.unitId(), reason));
        journal.commit(proposal);
    }

    /**
     * Locks every assignment whose window has passed without an answer, and starts handling where all are settled.
     * For the daily scheduled job (run on one node); safe to run again. Returns how many were locked.
     */
    public int settleExpiredWindows() {
        Act act = Act.system(clock.now());
        List<Assignment> expired = assignments.pendingPastWindow(act.day());
        for (Assignment assignment : expired) {
            Proposal proposal = proposals.lock(assignment.proposalId()).orElseThrow();
            Assignment current = assignments.find(assignment.id()).orElseThrow();
            if (current.status() == AssignmentStatus.PENDING
                    && ProposalAction.ASSIGNMENT_ACCEPTED.allowedFrom(proposal.status())) {
                handling.accept(proposal, current, act, true);
                journal.commit(proposal);
            }
        }
        return expired.size();
    }

    /** A live assignment and its proposal, locked; {@code ownUnit}: the acting unit's own, else not found. */
    private record Held(Proposal proposal, Assignment assignment) {}

    private Held hold(long assignmentId, boolean ownUnit) {
        Actor actor = Actor.required();
        Assignment seen = assignments
                .find(assignmentId)
                .filter(Assignment::active)
                .filter(a -> !ownUnit
                        || actor.handlingUnitId().filter(u -> u == a.unitId()).isPresent())
                .filter(a -> proposals.isVisible(actor, a.proposalId()))
                .orElseThrow(() -> new Refusals.NotFound("assignment", assignmentId));
        Proposal proposal = proposals.lockVisible(actor, seen.proposalId());
        // read again under the proposal's lock: every change of an assignment holds that lock
        Assignment assignment = assignments
                .find(assignmentId)
                .filter(Assignment::active)
                .orElseThrow(() -> new Refusals.NotFound("assignment", assignmentId));
        return new Held(proposal, assignment);
    }
}
