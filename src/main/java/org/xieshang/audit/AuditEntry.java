package org.xieshang.audit;

import java.time.OffsetDateTime;

/** One row of the audit trail, as read back. */
public record AuditEntry(
        long id,
        Long committeeId,
        OffsetDateTime occurredAt,
        Long actorId,
        String actorName,
        String remoteAddress,
        AuditAction action,
        String targetType,
        String targetId,
        String summary,
        String beforeState,
        String afterState) {}
