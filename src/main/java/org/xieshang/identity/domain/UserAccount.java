package org.xieshang.identity.domain;

import java.time.OffsetDateTime;

/** A row of {@code app_user} as the identity module reads it. */
public record UserAccount(
        long id,
        long committeeId,
        String username,
        String passwordHash,
        String displayName,
        Long memberId,
        Long handlingUnitId,
        String staffPost,
        boolean spansSubtree,
        boolean enabled,
        int failedAttempts,
        OffsetDateTime lockedUntil,
        boolean largeFont,
        String script,
        OffsetDateTime lastLoginAt,
        OffsetDateTime createdAt,
        int version) {}
