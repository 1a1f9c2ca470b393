package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.xieshang.proposal.AssignmentRole;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalSettings;

/** Deadline arithmetic (domain-rules §1.8) on the default settings and calendar. */
class DeadlinesTests {

    private static final LocalDate MARCH_10 = LocalDate.of(2022, 3, 10);

    private final ProposalSettings settings = ProposalSettings.defaults();
    private final Deadlines deadlines = new Deadlines(settings, WorkingCalendar.of(settings.calendar()));

    @Test
    void anIntersessionProposalIsDueThreeMonthsAfterAssignment() {
        assertThat(deadlines.handling(MARCH_10, ProposalPeriod.INTERSESSION, false))
                .isEqualTo(LocalDate.of(2022, 6, 10));
    }

    @Test
    void aPlenaryProposalIsDueFiveMonthsAfterAssignmentAsSichuanRules() {
        assertThat(deadlines.handling(MARCH_10, ProposalPeriod.PLENARY, false)).isEqualTo(LocalDate.of(2022, 8, 10));
    }

    @Test
    void anUrgentProposalIsDueAfterOneMonthEvenAtThePlenaryAndNeverOnADayOff() {
        // 10 April 2022 is a Sunday
        assertThat(deadlines.handling(MARCH_10, ProposalPeriod.PLENARY, true)).isEqualTo(LocalDate.of(2022, 4, 11));
    }

    @Test
    void aDeadlineInTheNationalDayWeekMovesToTheMakeUpSaturday() {
        assertThat(deadlines.handling(LocalDate.of(2022, 7, 1), ProposalPeriod.INTERSESSION, false))
                .isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void theContestWindowIsTenDaysAndAnExtensionReachesAtMostSixMonths() {
        assertThat(deadlines.contestUntil(MARCH_10)).isEqualTo(LocalDate.of(2022, 3, 20));
        assertThat(deadlines.latestExtension(MARCH_10)).isEqualTo(LocalDate.of(2022, 9, 10));
    }

    @Test
    void rehandlingGetsThreeMonthsAndCoSignersAWeek() {
        assertThat(deadlines.rehandling(LocalDate.of(2022, 9, 5))).isEqualTo(LocalDate.of(2022, 12, 5));
        assertThat(deadlines.coSignature(MARCH_10)).isEqualTo(LocalDate.of(2022, 3, 17));
    }

    @Test
    void aReplyIsPublishedWithinTwentyWorkingDays() {
        assertThat(deadlines.disclosure(LocalDate.of(2022, 9, 28))).isEqualTo(LocalDate.of(2022, 10, 31));
    }

    @Test
    void localSettingsReplaceTheSichuanDefaults() {
        ProposalSettings luzhou = new ProposalSettings(
                0,
                0,
                null,
                null,
                null,
                null,
                Period.ofDays(7),
                null,
                Period.ofMonths(3),
                Period.ofDays(15),
                Period.ofMonths(4),
                null,
                0,
                null,
                null,
                null);
        Deadlines local = new Deadlines(luzhou, WorkingCalendar.of(luzhou.calendar()));
        assertThat(local.handling(MARCH_10, ProposalPeriod.PLENARY, false)).isEqualTo(LocalDate.of(2022, 6, 10));
        assertThat(local.handling(MARCH_10, ProposalPeriod.PLENARY, true)).isEqualTo(LocalDate.of(2022, 3, 25));
        assertThat(local.contestUntil(MARCH_10)).isEqualTo(LocalDate.of(2022, 3, 17));
        assertThat(local.latestExtension(MARCH_10)).isEqualTo(LocalDate.of(2022, 7, 10));
    }

    @Test
    void aUnitMayContestUntilTheLastDayOfTheWindowAndIsLockedAfterIt() {
        Assignment pending = assignment(AssignmentStatus.PENDING, LocalDate.of(2022, 3, 20), LocalDate.of(2022, 6, 10));
        pending.checkContest(LocalDate.of(2022, 3, 20));
        assertThat(pending.settled(LocalDate.of(2022, 3, 20))).isFalse();
        assertThatThrownBy(() -> pending.checkContest(LocalDate.of(2022, 3, 21)))
                .isInstanceOf(Refusals.ContestWindowClosed.class);
        assertThat(pending.settled(LocalDate.of(2022, 3, 21))).isTrue();
        Assignment accepted =
                assignment(AssignmentStatus.ACCEPTED, LocalDate.of(2022, 3, 20), LocalDate.of(2022, 6, 10));
        assertThatThrownBy(() -> accepted.checkContest(LocalDate.of(2022, 3, 12)))
                .isInstanceOf(Refusals.AssignmentNotInState.class);
    }

    @Test
    void anExtensionMustBeLaterThanTheDeadlineAndWithinSixMonthsOfAssignment() {
        Assignment a = assignment(AssignmentStatus.ACCEPTED, LocalDate.of(2022, 3, 20), LocalDate.of(2022, 8, 10));
        LocalDate latest = deadlines.latestExtension(MARCH_10);
        assertThatThrownBy(() -> a.checkExtensionRequest(LocalDate.of(2022, 8, 10), latest))
                .isInstanceOf(Refusals.ExtensionNotLater.class);
        assertThatThrownBy(() -> a.checkExtensionRequest(LocalDate.of(2022, 9, 11), latest))
                .isInstanceOf(Refusals.ExtensionBeyondLimit.class);
        a.checkExtensionRequest(LocalDate.of(2022, 9, 10), latest);
        assertThatThrownBy(a::checkExtensionDecision).isInstanceOf(Refusals.NoExtensionRequested.class);
    }

    static Assignment assignment(AssignmentStatus status, LocalDate contestUntil, LocalDate deadline) {
        OffsetDateTime at = MARCH_10.atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        return new Assignment(
                1,
                7,
                1,
                3,
                AssignmentRole.SOLE,
                status,
                null,
                at,
                1L,
                contestUntil,
                null,
                null,
                null,
                null,
                null,
                null,
                deadline,
                deadline,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                0);
    }
}
