package org.xieshang.notification.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.Notifications;
import org.xieshang.notification.domain.Inbox;
import org.xieshang.notification.domain.Inbox.Filter;
import org.xieshang.notification.domain.InboxItem;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** The signed-in user's own notices; another user's notice is answered with 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@PreAuthorize("isAuthenticated()")
class NotificationApi {

    private final Inbox inbox;
    private final Notifications notifications;

    NotificationApi(Inbox inbox, Notifications notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    record UnreadCount(long unread) {}

    record MarkedRead(int marked) {}

    @GetMapping
    PageSlice<InboxItem> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) NotificationCategory category,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return inbox.find(Actor.required().userId(), new Filter(q, category, unread), Paging.of(page, size));
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount(Actor.required().userId()));
    }

    @GetMapping("/{id}")
    InboxItem get(@PathVariable long id) {
        return inbox.get(Actor.required().userId(), id);
    }

    @PostMapping("/{id}/read")
    InboxItem markRead(@PathVariable long id) {
        return inbox.markRead(Actor.required(), id);
    }

    @PostMapping("/read-all")
    MarkedRead markAllRead() {
        return new MarkedRead(inbox.markAllRead(Actor.required()));
    }
}
