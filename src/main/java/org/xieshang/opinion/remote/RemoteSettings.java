package org.xieshang.opinion.remote;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the transport between installations ({@code xieshang.opinion-remote.*}): how often the outbox is sent,
 * the back-off after a failed attempt (doubling from {@code retryBase} up to {@code retryCap}), the HTTP timeouts, and
 * the key that encrypts stored tokens — {@code secret} when given, else a random key kept in {@code keyFile} (outside
 * the database, so a copy of the database alone does not reveal the tokens).
 */
@ConfigurationProperties("xieshang.opinion-remote")
record RemoteSettings(
        Duration interval,
        Duration retryBase,
        Duration retryCap,
        Duration connectTimeout,
        Duration readTimeout,
        String secret,
        Path keyFile) {

    RemoteSettings {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        retryBase = retryBase == null ? Duration.ofSeconds(10) : retryBase;
        retryCap = retryCap == null ? Duration.ofHours(1) : retryCap;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
    }

    /** The wait before the next attempt after {@code attempts} failed ones: base, 2×base, 4×base … at most the cap. */
    Duration backOff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryCap) > 0 ? retryCap : wait;
    }
}
