/**
 * Notifications: the in-app inbox every signed-in user has, email through an outbox sent by a scheduled job over
 * SMTP, and the daily reminder job that asks every {@link org.xieshang.notification.ReminderSource} for what falls
 * due. Other modules notify through {@link org.xieshang.notification.Notifications}, giving user ids (and optionally
 * email addresses) and a message key of their own bundle; a dedup key makes every notice idempotent, so events
 * delivered twice and jobs run twice or on two nodes notify once. Scheduled jobs hold a ShedLock database lock.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "audit"})
package org.xieshang.notification;
