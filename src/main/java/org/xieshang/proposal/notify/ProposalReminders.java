package org.xieshang.proposal.notify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.Recipient;
import org.xieshang.notification.Reminder;
import org.xieshang.notification.ReminderSource;
import org.xieshang.proposal.DueItem;
import org.xieshang.proposal.ProposalDeadlines;
import org.xieshang.proposal.notify.ProposalNotices.Audience;

/**
 * The proposals' part of the daily reminder job: at T−15 and T−7 (the configured reminder days) the units that must
 * reply are reminded, and the proposal office for replies it must publish; every day an item stays overdue the
 * supervisors are told once about it (the dedup key names the item, not the day, so the notice is not repeated).
 */
@Component
class ProposalReminders implements ReminderSource {

    private final ProposalDeadlines deadlines;
    private final ProposalNotices notices;

    ProposalReminders(ProposalDeadlines deadlines, ProposalNotices notices) {
        this.deadlines = deadlines;
        this.notices = notices;
    }

    @Override
    public List<Reminder> dueReminders(LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        for (DueItem item : deadlines.reminders(today)) {
            Audience audience = item.kind() == DueItem.Kind.REPLY
                    ? ProposalNotices.to().unit(item.unitId())
                    : ProposalNotices.to().withPermission(ProposalNotices.STAFF);
            String occasion = "due-T" + item.daysLeft();
            reminders.addAll(reminder(item, audience, NotificationCategory.REMINDER, "due", occasion));
        }
        for (DueItem item : deadlines.overdue(today)) {
            Audience audience = ProposalNotices.to().withPermission(ProposalNotices.SUPERVISORS);
            reminders.addAll(reminder(item, audience, NotificationCategory.OVERDUE, "overdue", "overdue"));
        }
        return reminders;
    }

    private List<Reminder> reminder(
            DueItem item, Audience audience, NotificationCategory category, String message, String occasion) {
        List<Recipient> recipients = notices.resolve(item.committeeId(), audience).stream()
                .map(Recipient::user)
                .toList();
        if (recipients.isEmpty()) {
            return List.of();
        }
        String kind = item.kind().name().toLowerCase();
        // one item per assignment (reply) or per reply (disclosure): the key names which
        Long target = item.kind() == DueItem.Kind.REPLY ? item.assignmentId() : item.replyId();
        return List.of(new Reminder(
                item.committeeId(),
                recipients,
                "proposal.notify." + message + "-" + kind,
                List.of(
                        item.title(),
                        item.officialNumber() == null ? "" : item.officialNumber(),
                        item.dueOn(),
                        Math.abs(item.daysLeft())),
                "/proposals/" + item.proposalId(),
                category,
                "proposal-" + item.proposalId() + "-" + kind + "-" + target + "-" + occasion));
    }
}
