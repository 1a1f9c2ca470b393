package org.xieshang.notification.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.notification.domain.NotificationTexts.Rendered;

/**
 * The email outbox. A message is queued in the transaction of its notice and stays queued until the SMTP server has
 * accepted it. Sending first claims a batch by pushing each row's next attempt out by its back-off, then sends outside
 * any transaction: a failure leaves the row for the next attempt, a crash mid-send makes it due again (at least once).
 */
@Service
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    private static final int MAX_BATCHES_PER_RUN = 20;

    private final JdbcClient jdbc;
    private final MailTransport transport;
    private final NotificationSettings settings;
    private final NotificationTexts texts;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    EmailOutbox(
            JdbcClient jdbc,
            MailTransport transport,
            NotificationSettings settings,
            NotificationTexts texts,
            TransactionTemplate transaction,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.transport = transport;
        this.settings = settings;
        this.texts = texts;
        this.transaction = transaction;
        this.audit = audit;
    }

    /** An email to queue for one recipient of a notice. */
    public record Email(
            long committeeId,
            Long notificationId,
            Long userId,
            String address,
            Rendered text,
            String link,
            String dedupKey) {}

    /** A queued email as the sender reads it back. */
    record Queued(long id, long committeeId, String recipient, String subject, String body, int attempts) {}

    /** Queues the email when email is enabled; false when it is off or this address already has this dedup key. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(Email email) {
        if (!transport.enabled()) {
            return false;
        }
        return jdbc.sql("""
                        insert into notification_email (committee_id, notification_id, user_id, recipient, subject, body,
                                                        dedup_key)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict on constraint notification_email_once do nothing""")
                        .params(
                                email.committeeId(),
                                email.notificationId(),
                                email.userId(),
                                email.address(),
                                email.text().title(),
                                body(email),
                                email.dedupKey())
                        .update()
                > 0;
    }

    /** Sends what is due at {@code now}; returns how many the server accepted. Safe to call while email is off. */
    public int sendDue(OffsetDateTime now) {
        if (!transport.enabled()) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<Queued> claimed = claim(now);
            for (Queued email : claimed) {
                sent += send(email) ? 1 : 0;
            }
            if (claimed.size() < settings.outbox().batchSize()) {
                break;
            }
        }
        return sent;
    }

    /** Due rows, each pushed out by its back-off (1, 2, 4… times the base, capped) before any attempt is made. */
    private List<Queued> claim(OffsetDateTime now) {
        NotificationSettings.Outbox outbox = settings.outbox();
        return transaction.execute(status -> jdbc.sql("""
                        update notification_email
                        set attempts = attempts + 1, last_attempt_at = now(),
                            next_attempt_at = ?::timestamptz
                                + make_interval(secs => least(? * power(2, least(attempts, 30)), ?))
                        where id in (select id from notification_email
                                     where sent_at is null and next_attempt_at <= ?
                                     order by next_attempt_at, id limit ? for update skip locked)
                        returning id, committee_id, recipient, subject, body, attempts""")
                .params(now, outbox.retryBase().toSeconds(), outbox.retryMax().toSeconds(), now, outbox.batchSize())
                .query(Queued.class)
                .list());
    }

    private boolean send(Queued email) {
        try {
            transport.send(email.recipient(), email.subject(), email.body());
        } catch (RuntimeException e) {
            // the row stays queued with its pushed-out next attempt; only the reason is noted
            log.warn(
                    "Email {} to {} not sent (attempt {}): {}",
                    email.id(),
                    email.recipient(),
                    email.attempts(),
                    e.toString());
            jdbc.sql("update notification_email set last_error = ? where id = ?")
                    .params(truncate(e.toString()), email.id())
                    .update();
            return false;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update notification_email set sent_at = now(), last_error = null where id = ?")
                    .param(email.id())
                    .update();
            audit.recordIn(
                    email.committeeId(),
                    AuditAction.STATE_CHANGE,
                    "notification-email",
                    email.id(),
                    texts.text("notification.audit.emailSent", email.recipient(), email.subject()),
                    Map.of("sent", false),
                    Map.of("sent", true, "attempts", email.attempts()));
        });
        return true;
    }

    private String body(Email email) {
        StringBuilder body = new StringBuilder(email.text().body());
        if (email.link() != null) {
            body.append(body.length() > 0 ? "\n\n" : "")
                    .append(texts.text("notification.email.link", settings.baseUrl() + email.link()));
        }
        body.append(body.length() > 0 ? "\n\n" : "").append(texts.text("notification.email.footer"));
        return body.toString();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
