package org.xieshang.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Lists what falls due, for the daily reminder job. A module with deadlines implements it as a bean (the proposal
 * module: replies due in 15 and 7 days, overdue ones). The job may run more than once a day, so each reminder carries
 * a dedup key naming its occasion ({@code proposal-12-due-T15}); the same key never notifies a user twice.
 */
public interface ReminderSource {

    List<Reminder> dueReminders(LocalDate today);
}
