package org.xieshang.opinion.remote;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the transport between installations ({@code xieshang.opinion-remote.*}): how often the outbox is sent,
 * the back-off after a failed attempt (doubling from {@code retryBase} up to {@code retryCap}), the HTTP timeouts, and
 * the key that encrypts stored tokens — {@code secret} when given, else a random key kept in {@code keyFile} (outside
 * the database, so a copy of the database alone does not reveal the tokens). {@code callbackHosts}, when set, lists
 * the hosts this installation will send results to: a lower installation names its callback address itself, and
 * without the list an account allowed to deliver could make this installation call any address it can reach.
 */
@ConfigurationProperties("xieshang.opinion-remote")
record RemoteSettings(
        Duration interval,
        Duration retryBase,
        Duration retryCap,
        Duration connectTimeout,
        Duration readTimeout,
        String secret,
        Path keyFile,
        List<String> callbackHosts) {

    RemoteSettings {
        interval = interval == null ? Duration.ofSeconds(10) : interval;
        retryBase = retryBase == null ? Duration.ofSeconds(10) : retryBase;
        retryCap = retryCap == null ? Duration.ofHours(1) : retryCap;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(30) : readTimeout;
        callbackHosts = callbackHosts == null
                ? List.of()
                : callbackHosts.stream()
                        .map(h -> h.strip().toLowerCase(Locale.ROOT))
                        .toList();
    }

    /** True when results may be sent to {@code url}: http or https, and a listed host when there is a list. */
    boolean allowsCallback(String url) {
        try {
            URI uri = URI.create(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return false;
            }
            return callbackHosts.isEmpty()
                    || callbackHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The wait before the next attempt after {@code attempts} failed ones: base, 2×base, 4×base … at most the cap. */
    Duration backOff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryCap) > 0 ? retryCap : wait;
    }
}
