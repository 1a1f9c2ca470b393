package org.xieshang.notification.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The module's scheduled jobs, each under a ShedLock lock so that only one node runs it at a time. Schedules are
 * configurable ({@code -} turns a job off, as the tests do). The reminder job keeps its lock a while after it ends, so
 * a node whose timer fires a little later does not run the day's pass again.
 */
@Component
class NotificationJobs {

    private final ReminderRun reminders;
    private final EmailOutbox outbox;
    private final NotificationSettings settings;

    NotificationJobs(ReminderRun reminders, EmailOutbox outbox, NotificationSettings settings) {
        this.reminders = reminders;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Scheduled(
            cron = "${xieshang.notification.reminders.cron:0 0 8 * * *}",
            zone = "${xieshang.notification.reminders.zone:Asia/Shanghai}")
    @SchedulerLock(
            name = "notification-reminders",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${xieshang.notification.reminders.lock-at-least-for:PT5M}")
    public void sendReminders() {
        reminders.remind(LocalDate.now(settings.reminders().zone()));
    }

    @Scheduled(cron = "${xieshang.notification.outbox.cron:*/30 * * * * *}")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "PT10M")
    public void sendEmails() {
        outbox.sendDue(OffsetDateTime.now());
    }
}
