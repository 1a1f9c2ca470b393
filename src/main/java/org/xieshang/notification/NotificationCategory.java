package org.xieshang.notification;

/** What a notice is about; the inbox filters by it. Labels are {@code notification.category.<NAME>}. */
public enum NotificationCategory {
    /** A record the user is concerned with changed state (filed, assigned, replied…). */
    STATUS_CHANGE,
    /** Something waits for the user to act (confirm a co-signature, evaluate a reply…). */
    TASK,
    /** A deadline is approaching. */
    REMINDER,
    /** A deadline has passed. */
    OVERDUE,
    /** Anything else worth knowing. */
    NOTICE
}
