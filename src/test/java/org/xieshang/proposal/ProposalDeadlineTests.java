package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.support.IntegrationTest;

/**
 * Windows and deadlines on stored assignments: contesting within the window (then staff re-assign or keep), the
 * window locking an assignment nobody answered, extensions up to six months, and the lists of what is due (T−15,
 * T−7) or overdue that the notification job reads.
 */
@IntegrationTest
@RecordApplicationEvents
class ProposalDeadlineTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalAssignment assignment;

    @Autowired
    ProposalHandling handling;

    @Autowired
    ProposalDeadlines deadlines;

    @Autowired
    ProposalQueries queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    ProposalTestKit.World w;
    LocalDate today;

    @BeforeEach
    void setUp() {
        w = kit.world(1, 2);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void contestingAfterTheWindowIsRefusedAndThePassingWindowLocksTheAssignment() {
        long id = kit.filed(w, "window");
        long a = kit.assigned(w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        jdbc.sql("update proposal_assignment set contest_until = ? where id = ?")
                .params(today.minusDays(1), a)
                .update();

        assertThatThrownBy(() -> kit.as(w.units().get(0), () -> assignment.contest(a, "not ours")))
                .isInstanceOf(Refusals.ContestWindowClosed.class);
        assertThat(assignment.settleExpiredWindows()).isGreaterThanOrEqualTo(1);

        assertThat(kit.status(id)).isEqualTo(ProposalStatus.HANDLING);
        assertThat(kit.count(
                        "select count(*) from proposal_assignment where id = ? and status = 'ACCEPTED'"
                                + " and locked_at is not null and accepted_at is null",
                        a))
                .isEqualTo(1);
        assertThat(events.stream(AssignmentAccepted.class).filter(e -> e.assignmentId() == a))
                .singleElement()
                .satisfies(e -> assertThat(e.byWindow()).isTrue());
        assertThat(kit.as(w.staff(), () -> queries.timeline(id)))
                .filteredOn(e -> e.action() == ProposalAction.START_HANDLING)
                .singleElement()
                .satisfies(e -> assertThat(e.actorId()).as("the system").isNull());
    }

    @Test
    void aContestedAssignmentIsReassignedToAnotherUnitWhichThenHandlesIt() {
        long id = kit.filed(w, "wrong unit");
        long a = kit.assigned(w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        kit.as(w.units().get(0), () -> assignment.contest(a, "belongs to transport"));
        assertThatThrownBy(() -> kit.as(w.units().get(0), () -> assignment.accept(a)))
                .isInstanceOf(Refusals.AssignmentNotInState.class);

        long b = kit.as(w.staff(), () -> assignment.reassign(a, w.unitIds().get(1), "agreed"));
        assertThatThrownBy(() -> kit.as(w.units().get(0), () -> queries.details(id)))
                .as("the first unit no longer sees it")
                .isInstanceOf(Refusals.NotFound.class);
        kit.as(w.units().get(1), () -> assignment.accept(b));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.HANDLING);
        assertThat(events.stream(AssignmentReassigned.class).filter(e -> e.proposalId() == id))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.replacementUnitId()).isEqualTo(w.unitIds().get(1)));
    }

    @Test
    void keepingAContestedAssignmentLocksItAndStartsHandling() {
        long id = kit.filed(w, "right unit after all");
        long a = kit.assigned(w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        kit.as(w.units().get(0), () -> assignment.contest(a, "not ours"));
        kit.as(w.staff(), () -> assignment.keep(a, "it is yours by the 2022 task list"));
        assertThat(kit.status(id)).isEqualTo(ProposalStatus.HANDLING);
        assertThatThrownBy(() -> kit.as(w.units().get(0), () -> assignment.contest(a, "again")))
                .as("once handling started nobody contests")
                .isInstanceOf(Refusals.ProposalNotInState.class);
    }

    @Test
    void anExtensionReachesAtMostSixMonthsFromAssignmentAndMovesTheDeadlineOnceApproved() {
        long id = kit.filed(w, "needs time");
        long a = kit.assigned(w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        assertThatThrownBy(() -> kit.as(
                        w.units().get(0), () -> assignment.requestExtension(a, today.plusMonths(7), "big project")))
                .isInstanceOf(Refusals.ExtensionBeyondLimit.class);
        kit.as(w.units().get(0), () -> assignment.requestExtension(a, today.plusMonths(5), "big project"));
        kit.as(w.staff(), () -> assignment.decideExtension(a, true, null));
        assertThat(jdbc.sql("select deadline from proposal_assignment where id = ?")
                        .param(a)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today.plusMonths(5));
        assertThat(events.stream(DeadlineExtended.class).filter(e -> e.assignmentId() == a))
                .hasSize(1);
        assertThatThrownBy(() -> kit.as(w.staff(), () -> assignment.decideExtension(a, false, "no")))
                .isInstanceOf(Refusals.NoExtensionRequested.class);
    }

    @Test
    void remindersComeFifteenAndSevenDaysAheadAndOverdueRepliesAreListed() {
        long in15 = due(today.plusDays(15));
        long in7 = due(today.plusDays(7));
        long late = due(today.minusDays(1));
        long replied = due(today.minusDays(2));
        kit.as(
                w.units().get(0),
                () -> handling.saveReplyDraft(
                        replied, new ProposalHandling.ReplyDraft(ReplyClass.A, "done", "doc", "signer")));
        kit.as(w.units().get(0), () -> handling.submitReply(replied));

        assertThat(ids(deadlines.reminders(today), DueItem.Kind.REPLY))
                .contains(in15, in7)
                .doesNotContain(late);
        assertThat(ids(deadlines.overdue(today), DueItem.Kind.REPLY))
                .contains(late)
                .doesNotContain(replied, in7);
        List<DueItem> mine = kit.as(w.staff(), () -> deadlines.dueWithin(15));
        assertThat(ids(mine, DueItem.Kind.REPLY)).containsExactly(late, in7, in15);
        assertThat(mine).filteredOn(i -> i.proposalId() == late).singleElement().satisfies(i -> {
            assertThat(i.overdue()).isTrue();
            assertThat(i.unitId()).isEqualTo(w.unitIds().get(0));
        });
        assertThat(ids(mine, DueItem.Kind.DISCLOSURE))
                .as("the reply the proposer agreed to publish is due within 20 working days")
                .isEmpty();
        assertThat(kit.as(w.staff(), () -> deadlines.dueWithin(40)))
                .filteredOn(i -> i.kind() == DueItem.Kind.DISCLOSURE)
                .singleElement()
                .satisfies(i -> assertThat(i.proposalId()).isEqualTo(replied));
    }

    private long due(LocalDate deadline) {
        long id = kit.filed(w, "due " + deadline);
        long a = kit.assigned(w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        jdbc.sql("update proposal_assignment set deadline = ? where id = ?")
                .params(deadline, a)
                .update();
        return id;
    }

    private static List<Long> ids(List<DueItem> items, DueItem.Kind kind) {
        return items.stream()
                .filter(i -> i.kind() == kind)
                .map(DueItem::proposalId)
                .toList();
    }
}
