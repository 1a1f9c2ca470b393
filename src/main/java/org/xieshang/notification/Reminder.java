package org.xieshang.notification;

import java.util.List;

/** One reminder from a {@link ReminderSource}: a notice with a required dedup key. */
public record Reminder(
        long committeeId,
        List<Recipient> recipients,
        String messageKey,
        List<?> args,
        String link,
        NotificationCategory category,
        String dedupKey) {

    public Reminder {
        if (dedupKey == null || dedupKey.isBlank()) {
            throw new IllegalArgumentException("a reminder needs a dedup key, or a second run would repeat it");
        }
        category = category == null ? NotificationCategory.REMINDER : category;
    }

    public NotificationRequest toRequest() {
        return new NotificationRequest(committeeId, recipients, messageKey, args, link, category, dedupKey);
    }
}
