package org.xieshang.notification.domain;

import java.time.OffsetDateTime;
import org.xieshang.notification.NotificationCategory;

/** A notice as its recipient sees it in the inbox. */
public record InboxItem(
        long id,
        NotificationCategory category,
        String title,
        String body,
        String link,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
