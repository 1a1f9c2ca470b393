package org.xieshang.notification.domain;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notices leave the platform. Email is on when an SMTP host is set ({@code XIESHANG_SMTP_HOST}); {@code baseUrl}
 * turns a notice's link into an address an email reader can open. Job schedules are read by the jobs' annotations.
 */
@ConfigurationProperties("xieshang.notification")
public record NotificationSettings(String baseUrl, Mail mail, Outbox outbox, Reminders reminders) {

    public NotificationSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip();
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        mail = mail == null ? new Mail(null, null, null, null, null, false) : mail;
        outbox = outbox == null ? new Outbox(null, null, 0) : outbox;
        reminders = reminders == null ? new Reminders(null) : reminders;
    }

    /** The SMTP server; no host means email is off (inbox only). */
    public record Mail(String host, Integer port, String username, String password, String from, boolean ssl) {

        public Mail {
            host = host == null ? "" : host.strip();
            port = port == null || port <= 0 ? (ssl ? 465 : 25) : port;
            username = username == null || username.isBlank() ? null : username.strip();
            // a password without a user would make Jakarta Mail log in as the operating-system user
            password = username == null || password == null || password.isEmpty() ? null : password;
            from = from == null || from.isBlank() ? "xieshang@localhost" : from.strip();
        }

        public boolean enabled() {
            return !host.isEmpty();
        }
    }

    /** Retry of unsent email: the wait doubles from {@code retryBase} after each failure, up to {@code retryMax}. */
    public record Outbox(Duration retryBase, Duration retryMax, int batchSize) {

        public Outbox {
            retryBase = retryBase == null ? Duration.ofMinutes(1) : retryBase;
            retryMax = retryMax == null ? Duration.ofHours(6) : retryMax;
            batchSize = batchSize <= 0 ? 50 : batchSize;
        }
    }

    /** The time zone in which "today" is reckoned for reminders. */
    public record Reminders(ZoneId zone) {

        public Reminders {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        }
    }
}
