package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xieshang.organisation.MeetingView;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.domain.MeetingPlacement.Placement;

/** Plenary or intersession, and under which meeting's numbers (domain-rules §1.4), with a 90-day cut-off. */
class MeetingPlacementTests {

    private static final MeetingView FIRST =
            new MeetingView(11, 7, 3, 9, 1, LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 8));
    private static final MeetingView SECOND =
            new MeetingView(12, 7, 3, 9, 2, LocalDate.of(2022, 12, 25), LocalDate.of(2022, 12, 28));
    private static final List<MeetingView> MEETINGS = List.of(SECOND, FIRST);

    @Test
    void fromTheCutOffUntilThePlenaryClosesAProposalBelongsToThePlenary() {
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2022, 1, 7), 90))
                .isEqualTo(new Placement(11, ProposalPeriod.PLENARY));
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2022, 9, 26), 90))
                .isEqualTo(new Placement(12, ProposalPeriod.PLENARY));
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2022, 12, 28), 90))
                .isEqualTo(new Placement(12, ProposalPeriod.PLENARY));
    }

    @Test
    void betweenPlenariesAProposalIsAnIntersessionOneOfTheLastMeetingHeld() {
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2022, 9, 25), 90))
                .isEqualTo(new Placement(11, ProposalPeriod.INTERSESSION));
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2023, 3, 1), 90))
                .isEqualTo(new Placement(12, ProposalPeriod.INTERSESSION));
    }

    @Test
    void beforeTheFirstMeetingItWaitsForThatOneAndWithoutMeetingsThereIsNoPlaceForIt() {
        assertThat(MeetingPlacement.place(MEETINGS, LocalDate.of(2021, 6, 1), 90))
                .isEqualTo(new Placement(11, ProposalPeriod.INTERSESSION));
        assertThatThrownBy(() -> MeetingPlacement.place(List.of(), LocalDate.of(2022, 6, 1), 90))
                .isInstanceOf(Refusals.NoMeeting.class);
    }
}
