package org.xieshang.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.shared.Actor;
import org.xieshang.shared.RecordNotFound;

/**
 * Personal API tokens. The secret is shown once at creation; only its SHA-256 hash is stored, so a leaked database does
 * not leak usable tokens. A token acts with its owner's current roles.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "xs_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A token as listed to its owner (never the secret). */
    public record TokenView(
            long id,
            String name,
            String tokenPrefix,
            OffsetDateTime createdAt,
            OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {

        public boolean active() {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(OffsetDateTime.now()));
        }
    }

    /** The created token with its secret, shown once. */
    public record CreatedToken(long id, String name, String secret, OffsetDateTime expiresAt) {}

    public CreatedToken create(Actor owner, String name, Integer validDays) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = validDays == null ? null : OffsetDateTime.now().plusDays(validDays);
        long id = jdbc.sql("""
                insert into api_token (committee_id, user_id, name, token_hash, token_prefix, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(owner.committeeId(), owner.userId(), name, hash(secret), secret.substring(0, 8), expires)
                .query(Long.class)
                .single();
        audit.record(AuditAction.CREATE, "api-token", id, "创建 API 令牌 " + name, null, Map.of("name", name));
        return new CreatedToken(id, name, secret, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(long userId) {
        return jdbc.sql("select * from api_token where user_id = ? order by created_at desc")
                .param(userId)
                .query(TokenView.class)
                .list();
    }

    public void revoke(Actor owner, long tokenId) {
        int updated = jdbc.sql(
                        "update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, owner.userId())
                .update();
        if (updated == 0) {
            throw new RecordNotFound("api-token", tokenId);
        }
        audit.record(AuditAction.STATE_CHANGE, "api-token", tokenId, "吊销 API 令牌", null, null);
    }

    /** The owner of an active token with this secret, noting its use. */
    public Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update api_token set last_used_at = now()
                where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                returning user_id""").param(hash(secret)).query(Long.class).optional();
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
