package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.DueFinder;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.shared.Actor;

/**
 * Deadlines for reminders and supervision. The notification module's daily job calls {@link #reminders} (items due in
 * exactly one of the configured reminder days, default T−15 and T−7) and {@link #overdue}, across all committees; it
 * should also call {@link ProposalAssignment#settleExpiredWindows}. Pages call {@link #dueWithin} for the signed-in
 * user's committees.
 */
@Service
@Transactional(readOnly = true)
public class ProposalDeadlines {

    private final DueFinder due;
    private final ProposalSettings settings;
    private final ProposalClock clock;

    ProposalDeadlines(DueFinder due, ProposalSettings settings, ProposalClock clock) {
        this.due = due;
        this.settings = settings;
        this.clock = clock;
    }

    /** Items whose deadline is exactly a reminder day away from {@code today} (all committees). */
    public List<DueItem> reminders(LocalDate today) {
        return due.open(null, today).stream()
                .filter(item -> settings.reminderDays().contains((int) item.daysLeft()))
                .toList();
    }

    /** Items past their deadline on {@code today} (all committees). */
    public List<DueItem> overdue(LocalDate today) {
        return due.open(null, today).stream().filter(DueItem::overdue).toList();
    }

    /** The signed-in user's committees' items due within {@code days} from today, overdue ones included. */
    public List<DueItem> dueWithin(int days) {
        LocalDate today = clock.now().atZoneSameInstant(Act.CHINA).toLocalDate();
        return due.open(Actor.required().visibleCommitteeIds(), today).stream()
                .filter(item -> item.daysLeft() <= days)
                .toList();
    }

    /** The signed-in user's committees' overdue items. */
    public List<DueItem> overdueNow() {
        LocalDate today = clock.now().atZoneSameInstant(Act.CHINA).toLocalDate();
        return due.open(Actor.required().visibleCommitteeIds(), today).stream()
                .filter(DueItem::overdue)
                .toList();
    }
}
