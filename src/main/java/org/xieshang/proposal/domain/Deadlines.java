package org.xieshang.proposal.domain;

import java.time.LocalDate;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalSettings;

/**
 * The deadlines of the workflow (domain-rules §1.8): handling from the day of assignment (urgent, plenary or
 * intersession), the contest window, the longest extension, re-handling, co-signature and disclosure. A handling
 * deadline that falls on a day off moves to the next working day; the window and the extension limit are calendar
 * days, as the rules state them.
 */
public final class Deadlines {

    private final ProposalSettings settings;
    private final WorkingCalendar calendar;

    public Deadlines(ProposalSettings settings, WorkingCalendar calendar) {
        this.settings = settings;
        this.calendar = calendar;
    }

    public LocalDate handling(LocalDate assignedOn, ProposalPeriod period, boolean urgent) {
        LocalDate due;
        if (urgent) {
            due = assignedOn.plus(settings.urgentDeadline());
        } else if (period == ProposalPeriod.PLENARY) {
            due = assignedOn.plus(settings.plenaryDeadline());
        } else {
            due = assignedOn.plus(settings.intersessionDeadline());
        }
        return calendar.onOrAfter(due);
    }

    /** The last day a unit may contest its assignment. */
    public LocalDate contestUntil(LocalDate assignedOn) {
        return assignedOn.plus(settings.contestWindow());
    }

    /** The latest deadline an approved extension may set. */
    public LocalDate latestExtension(LocalDate assignedOn) {
        return assignedOn.plus(settings.maxDeadline());
    }

    public LocalDate rehandling(LocalDate openedOn) {
        return calendar.onOrAfter(openedOn.plus(settings.rehandlingDeadline()));
    }

    public LocalDate coSignature(LocalDate invitedOn) {
        return invitedOn.plus(settings.coSignWindow());
    }

    /** The last day to publish a reply given on {@code repliedOn}. */
    public LocalDate disclosure(LocalDate repliedOn) {
        return calendar.plusWorkingDays(repliedOn, settings.disclosureWorkingDays());
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
