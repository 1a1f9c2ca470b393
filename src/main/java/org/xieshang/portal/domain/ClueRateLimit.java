package org.xieshang.portal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the public's clues per client address and per contact in the database, so that several nodes enforce one
 * limit. A transaction-scoped advisory lock per client serialises the check and the count of one client (two
 * requests at once from the same address cannot both slip under the limit); the contact is locked likewise.
 */
@Component
class ClueRateLimit {

    private final JdbcClient jdbc;
    private final PortalSettings settings;

    ClueRateLimit(JdbcClient jdbc, PortalSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Within the caller's transaction: refuses when the client or the contact is at the limit, else counts one. */
    void take(long committeeId, String client, String contact) {
        String clientHash = hash("client:" + client);
        String contactHash =
                hash("contact:" + contact.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
        lock(clientHash);
        lock(contactHash);
        OffsetDateTime since = OffsetDateTime.now().minus(settings.clueWindow());
        if (count("client_hash", clientHash, since) >= settings.cluesPerWindow()
                || count("contact_hash", contactHash, since) >= settings.cluesPerWindow()) {
            throw new TooManyClues(
                    settings.cluesPerWindow(), settings.clueWindow().toMinutes());
        }
        jdbc.sql("insert into portal_clue_attempt (committee_id, client_hash, contact_hash) values (?, ?, ?)")
                .params(committeeId, clientHash, contactHash)
                .update();
    }

    private void lock(String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(key)
                .query((rs, n) -> 0)
                .list();
    }

    private long count(String column, String hash, OffsetDateTime since) {
        // the column name comes from this class only
        return jdbc.sql("select count(*) from portal_clue_attempt where " + column + " = ? and attempted_at > ?")
                .params(hash, since)
                .query(Long.class)
                .single();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
