package org.xieshang.notification.domain;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.xieshang.notification.Notifications;
import org.xieshang.notification.Notified;
import org.xieshang.notification.Reminder;
import org.xieshang.notification.ReminderSource;

/**
 * One pass of the reminder job: asks every {@link ReminderSource} what is due today and notifies. Each reminder is
 * its own transaction and carries a dedup key, so a pass that fails half-way, or runs twice, sends each reminder once.
 * A failing source or reminder is logged and skipped; the others still go out.
 */
@Component
class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final ObjectProvider<ReminderSource> sources;
    private final Notifications notifications;

    ReminderRun(ObjectProvider<ReminderSource> sources, Notifications notifications) {
        this.sources = sources;
        this.notifications = notifications;
    }

    Notified remind(LocalDate today) {
        Notified total = Notified.NOTHING;
        for (ReminderSource source : sources.orderedStream().toList()) {
            for (Reminder reminder : dueReminders(source, today)) {
                try {
                    total = total.plus(notifications.notify(reminder.toRequest()));
                } catch (RuntimeException e) {
                    log.error(
                            "Reminder {} from {} failed",
                            reminder.dedupKey(),
                            source.getClass().getName(),
                            e);
                }
            }
        }
        log.info(
                "Reminders for {}: {} inbox notices, {} emails queued", today, total.inboxRows(), total.emailsQueued());
        return total;
    }

    private static List<Reminder> dueReminders(ReminderSource source, LocalDate today) {
        try {
            return source.dueReminders(today);
        } catch (RuntimeException e) {
            log.error("Reminder source {} failed", source.getClass().getName(), e);
            return List.of();
        }
    }
}
