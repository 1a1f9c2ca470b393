package org.xieshang.proposal.demo;

import static org.xieshang.proposal.ProposalAction.ASSIGN;
import static org.xieshang.proposal.ProposalAction.ASSIGNMENT_ACCEPTED;
import static org.xieshang.proposal.ProposalAction.CLOSE;
import static org.xieshang.proposal.ProposalAction.CONSULTATION_RECORDED;
import static org.xieshang.proposal.ProposalAction.CO_UNIT_OPINION;
import static org.xieshang.proposal.ProposalAction.EVALUATE;
import static org.xieshang.proposal.ProposalAction.FOLLOW_UP_RECORDED;
import static org.xieshang.proposal.ProposalAction.GOOD_SELECTED;
import static org.xieshang.proposal.ProposalAction.KEY_SELECTED;
import static org.xieshang.proposal.ProposalAction.OPEN_REHANDLING;
import static org.xieshang.proposal.ProposalAction.REQUIRE_CONSULTATION;
import static org.xieshang.proposal.ProposalAction.START_HANDLING;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xieshang.proposal.domain.Deadlines;

/**
 * The life of a filed proposal after filing, up to the outcome the plan gave it: assignment, acceptance, co-units'
 * opinions and counter-signatures, replies, the supervisors' review, publication, evaluation, re-handling or
 * consultation, good-proposal selection, follow-up and closing. Dates follow each other as a real history would.
 */
final class DemoHandling {

    /** Where a filed proposal's history stops. */
    enum Outcome {
        ASSIGNED,
        HANDLING,
        REPLIED,
        REHANDLING,
        CONSULTATION,
        EVALUATED,
        CLOSED,
        REHANDLED_CLOSED,
        CONSULTED_CLOSED;

        boolean needsOneUnit() {
            return this == REHANDLING || this == CONSULTATION || this == REHANDLED_CLOSED || this == CONSULTED_CLOSED;
        }
    }

    /** How the proposal was assigned: the units with their roles and the day (kept for proposals merged into it). */
    record Plan(List<Long> unitIds, List<String> roles, OffsetDateTime assignedAt, String batch) {}

    private final DemoWorld world;
    private final DemoBook book;
    private final Deadlines deadlines;
    private final Random random;
    private final DemoReplies replies;

    DemoHandling(DemoWorld world, DemoBook book, Deadlines deadlines, Random random) {
        this.world = world;
        this.book = book;
        this.deadlines = deadlines;
        this.random = random;
        this.replies = new DemoReplies(world, book, random);
    }

    void live(DemoProposal p, Plan plan, Outcome outcome) {
        List<DemoUnit> units = assign(p, plan, outcome);
        if (outcome == Outcome.ASSIGNED) {
            if (p.key) {
                p.keySelectedAt = world.day(plan.assignedAt(), 2, 0);
                p.step(KEY_SELECTED, p.keySelectedAt, world.staff(), p.keyDecision, null, null, null);
            }
            units.forEach(u -> u.write(book, world.committeeId(), p.id, plan.batch()));
            return;
        }
        OffsetDateTime at = accept(p, units, plan.assignedAt());
        if (p.key) {
            p.keySelectedAt = world.day(plan.assignedAt(), 30, 0);
            p.step(KEY_SELECTED, p.keySelectedAt, world.staff(), p.keyDecision, null, null, null);
            at = replies.supervise(p, p.keySelectedAt);
        }
        for (DemoUnit co : units) {
            if (co.role.equals("CO")) {
                at = world.day(at, 10 + random.nextInt(20), 0);
                book.opinions.add(
                        world.committeeId(),
                        p.id,
                        co.assignmentId,
                        co.unitId,
                        1,
                        world.texts().any("reply"),
                        at);
                p.step(CO_UNIT_OPINION, at, co.name, null, co.unitId, null, null);
            }
        }
        if (outcome == Outcome.HANDLING) {
            units.forEach(u -> u.write(book, world.committeeId(), p.id, plan.batch()));
            return;
        }
        at = answerAndEvaluate(p, units, at, outcome);
        if (at != null) {
            finish(p, units, at, outcome);
        }
        units.forEach(u -> u.write(book, world.committeeId(), p.id, plan.batch()));
    }

    private List<DemoUnit> assign(DemoProposal p, Plan plan, Outcome outcome) {
        p.step(ASSIGN, plan.assignedAt(), world.staff());
        List<DemoUnit> units = new ArrayList<>();
        for (int i = 0; i < plan.unitIds().size(); i++) {
            long unitId = plan.unitIds().get(i);
            DemoUnit unit = new DemoUnit(
                    book.nextId("proposal_assignment"),
                    unitId,
                    world.unitName(unitId),
                    plan.roles().get(i),
                    plan.assignedAt());
            unit.contestUntil = deadlines.contestUntil(world.date(plan.assignedAt()));
            unit.deadline = deadlines.handling(world.date(plan.assignedAt()), p.period, false);
            unit.originalDeadline = unit.deadline;
            unit.accepted = outcome != Outcome.ASSIGNED;
            units.add(unit);
        }
        p.unitIds.addAll(plan.unitIds());
        return units;
    }

    private OffsetDateTime accept(DemoProposal p, List<DemoUnit> units, OffsetDateTime assignedAt) {
        OffsetDateTime at = assignedAt;
        for (DemoUnit unit : units) {
            at = world.day(at, 1 + random.nextInt(3), 0);
            unit.acceptedAt = at;
            p.step(ASSIGNMENT_ACCEPTED, at, unit.name, null, unit.unitId, null, null);
        }
        p.step(START_HANDLING, at, world.staff());
        return at;
    }

    /** Replies, review, publication and evaluation of round 1 (and round 2 after a 不满意); null: stop here. */
    private OffsetDateTime answerAndEvaluate(DemoProposal p, List<DemoUnit> units, OffsetDateTime at, Outcome outcome) {
        String replyClass = replies.replyClass();
        at = replies.reply(p, units, at, replyClass, outcome == Outcome.REPLIED);
        if (outcome == Outcome.REPLIED) {
            return null;
        }
        boolean rehandle = outcome.needsOneUnit();
        at = replies.evaluate(p, units, at, rehandle ? "DISSATISFIED" : replies.satisfaction());
        if (!rehandle) {
            p.step(EVALUATE, at, world.staff());
            return at;
        }
        p.step(OPEN_REHANDLING, at, world.staff());
        p.round = 2;
        DemoUnit unit = units.get(0);
        unit.round = 2;
        unit.deadline = deadlines.rehandling(world.date(at));
        book.rehandlings.add(world.committeeId(), p.id, unit.assignmentId, unit.unitId, 2, at, unit.deadline);
        if (outcome == Outcome.REHANDLING) {
            return null;
        }
        at = replies.reply(p, units, world.day(at, 20, 20), replies.replyClass(), false);
        boolean consult = outcome == Outcome.CONSULTATION || outcome == Outcome.CONSULTED_CLOSED;
        at = replies.evaluate(p, units, at, consult ? "DISSATISFIED" : replies.satisfaction());
        if (!consult) {
            p.step(EVALUATE, at, world.staff());
            return at;
        }
        p.step(REQUIRE_CONSULTATION, at, world.staff());
        if (outcome == Outcome.CONSULTATION) {
            return null;
        }
        at = world.day(at, 10, 10);
        book.consultations.add(
                world.committeeId(),
                p.id,
                world.date(at),
                world.texts().first("consultation-place"),
                world.texts().first("staff") + world.texts().first("list-separator") + unit.name,
                world.texts().first("consultation-outcome"),
                at);
        p.step(CONSULTATION_RECORDED, at, world.staff());
        p.closedAt = world.day(at, 1, 0);
        p.step(CLOSE, p.closedAt, world.staff());
        return null;
    }

    /** After a (basically) satisfied evaluation: maybe a good proposal, maybe a B-class follow-up, maybe closed. */
    private void finish(DemoProposal p, List<DemoUnit> units, OffsetDateTime at, Outcome outcome) {
        if (p.good) {
            at = world.day(at, 15, 20);
            p.goodYear = world.date(at).getYear();
            p.step(GOOD_SELECTED, at, world.staff(), String.valueOf(p.goodYear), null, null, null);
        }
        DemoReplies.Sent first = replies.sent(p.id).get(0);
        if (first.replyClass().equals("B")
                && random.nextInt(10) < 4
                && world.date(at).getYear() == 2022) {
            at = world.day(at, 60, 60);
            book.followUps.add(
                    world.committeeId(),
                    p.id,
                    first.replyId(),
                    first.unitId(),
                    2023,
                    world.texts().any("follow-up"),
                    random.nextBoolean(),
                    at);
            p.step(FOLLOW_UP_RECORDED, at, world.staff(), null, first.unitId(), null, null);
        }
        if (outcome != Outcome.EVALUATED) {
            p.closedAt = world.day(at, 10, 30);
            p.step(CLOSE, p.closedAt, world.staff());
        }
    }
}
