package org.xieshang.notification;

import java.util.List;

/**
 * A notice to send. {@code messageKey} names texts in the caller's own bundle: {@code <messageKey>.title} (required)
 * and {@code <messageKey>.body} (optional), both formatted with {@code args}. {@code link} is a path inside the
 * platform ({@code /proposals/12}). {@code dedupKey} makes the notice idempotent: a recipient gets at most one notice
 * per key, so a caller that may run twice (an event listener, a job) passes a key naming the occasion
 * ({@code proposal-12-filed}); null means no deduplication.
 */
public record NotificationRequest(
        long committeeId,
        List<Recipient> recipients,
        String messageKey,
        List<?> args,
        String link,
        NotificationCategory category,
        String dedupKey) {

    public NotificationRequest {
        recipients = List.copyOf(recipients);
        args = args == null ? List.of() : List.copyOf(args);
        category = category == null ? NotificationCategory.NOTICE : category;
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a notice needs at least one recipient");
        }
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a notice needs a message key");
        }
        // only links inside the platform: an inbox must not lead users to other sites
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("a link must be a path inside the platform: " + link);
        }
        if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 200)) {
            throw new IllegalArgumentException("a dedup key has 1 to 200 characters");
        }
    }

    /** A notice to users by id (email addresses, if any, come from a {@link RecipientDirectory}). */
    public static NotificationRequest toUsers(
            long committeeId,
            List<Long> userIds,
            String messageKey,
            String link,
            NotificationCategory category,
            String dedupKey,
            Object... args) {
        return new NotificationRequest(
                committeeId,
                userIds.stream().map(Recipient::user).toList(),
                messageKey,
                List.of(args),
                link,
                category,
                dedupKey);
    }
}
