package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.xieshang.organisation.MeetingView;
import org.xieshang.proposal.ProposalPeriod;

/**
 * Which meeting a proposal belongs to and whether it is a plenary proposal (domain-rules §1.4): submitted from the
 * cut-off (days before the plenary opens) until the plenary closes, it is that plenary's; otherwise it is an
 * intersession proposal numbered in the series of the latest meeting held (or, before the first, the next one).
 */
public final class MeetingPlacement {

    private MeetingPlacement() {}

    public record Placement(long meetingId, ProposalPeriod period) {}

    public static Placement place(List<MeetingView> meetings, LocalDate day, int cutoffDays) {
        List<MeetingView> sorted = meetings.stream()
                .sorted(Comparator.comparing(MeetingView::openedOn))
                .toList();
        for (MeetingView meeting : sorted) {
            LocalDate from = meeting.openedOn().minusDays(cutoffDays);
            if (!day.isBefore(from) && !day.isAfter(meeting.closedOn())) {
                return new Placement(meeting.id(), ProposalPeriod.PLENARY);
            }
        }
        Optional<MeetingView> held =
                sorted.stream().filter(m -> !m.openedOn().isAfter(day)).reduce((first, second) -> second);
        MeetingView meeting = held.or(() -> sorted.stream().findFirst()).orElseThrow(Refusals.NoMeeting::new);
        return new Placement(meeting.id(), ProposalPeriod.INTERSESSION);
    }
}
