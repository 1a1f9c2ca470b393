package org.xieshang.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.notification.domain.EmailOutbox;
import org.xieshang.notification.domain.NotificationTexts;
import org.xieshang.notification.domain.NotificationTexts.Rendered;

/**
 * Sends notices: an inbox row per user recipient and, when email is enabled and an address is known, a queued email.
 * Runs in the caller's transaction, so a notice commits or rolls back with the change it reports; the email leaves
 * later through the outbox job.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final NotificationTexts texts;
    private final EmailOutbox outbox;
    private final ObjectProvider<RecipientDirectory> directories;
    private final AuditTrail audit;

    Notifications(
            JdbcClient jdbc,
            NotificationTexts texts,
            EmailOutbox outbox,
            ObjectProvider<RecipientDirectory> directories,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.outbox = outbox;
        this.directories = directories;
        this.audit = audit;
    }

    /** Notifies every recipient once per dedup key; a recipient already notified under the key is left alone. */
    @Transactional
    public Notified notify(NotificationRequest request) {
        Rendered text = texts.render(request.messageKey(), request.args());
        Notified result = Notified.NOTHING;
        List<Long> users = new ArrayList<>();
        for (Recipient recipient : request.recipients().stream().distinct().toList()) {
            Notified delivered = deliver(request, text, recipient);
            if (delivered.inboxRows() > 0) {
                users.add(recipient.userId());
            }
            result = result.plus(delivered);
        }
        if (!result.equals(Notified.NOTHING)) {
            audit.recordIn(
                    request.committeeId(),
                    AuditAction.CREATE,
                    "notification",
                    request.dedupKey(),
                    texts.text("notification.audit.notified", text.title(), users.size(), result.emailsQueued()),
                    null,
                    new Sent(request.messageKey(), request.category(), request.link(), users, result.emailsQueued()));
        }
        return result;
    }

    /** How many notices the user has not read yet (for the layout's badge). */
    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null")
                .param(userId)
                .query(Long.class)
                .single();
    }

    /** What the audit trail keeps of a notice. */
    record Sent(String messageKey, NotificationCategory category, String link, List<Long> users, int emails) {}

    private Notified deliver(NotificationRequest request, Rendered text, Recipient recipient) {
        Long notificationId = null;
        if (recipient.userId() != null) {
            Optional<Long> inserted = insertInboxRow(request, text, recipient.userId());
            if (inserted.isEmpty()) {
                return Notified.NOTHING; // notified under this key before: no second inbox row, no second email
            }
            notificationId = inserted.get();
        }
        Optional<String> address = Optional.ofNullable(recipient.email()).or(() -> lookUpEmail(recipient.userId()));
        boolean queued = address.isPresent()
                && outbox.queue(new EmailOutbox.Email(
                        request.committeeId(),
                        notificationId,
                        recipient.userId(),
                        address.get(),
                        text,
                        request.link(),
                        request.dedupKey()));
        return new Notified(notificationId == null ? 0 : 1, queued ? 1 : 0);
    }

    private Optional<Long> insertInboxRow(NotificationRequest request, Rendered text, long userId) {
        return jdbc.sql("""
                insert into notification (committee_id, user_id, category, message_key, title, body, link, dedup_key)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict on constraint notification_once_per_user do nothing
                returning id""")
                .params(
                        request.committeeId(),
                        userId,
                        request.category().name(),
                        request.messageKey(),
                        text.title(),
                        text.body(),
                        request.link(),
                        request.dedupKey())
                .query(Long.class)
                .optional();
    }

    private Optional<String> lookUpEmail(Long userId) {
        if (userId == null) {
            return Optional.empty();
        }
        return directories
                .orderedStream()
                .map(directory -> directory.emailOf(userId))
                .flatMap(Optional::stream)
                .filter(address -> !address.isBlank())
                .findFirst();
    }
}
