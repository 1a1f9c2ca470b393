package org.xieshang.opinion;

import java.time.OffsetDateTime;
import org.xieshang.organisation.CommitteeLevel;

/** A sending upward as the sender keeps it; {@code remoteReportId} is the upper committee's copy once delivered. */
public record UpwardView(
        long id,
        long reportId,
        long targetCommitteeId,
        String targetCommitteeName,
        CommitteeLevel targetLevel,
        UpwardChannel channel,
        String idempotencyKey,
        OffsetDateTime sentAt,
        Long remoteReportId,
        OffsetDateTime deliveredAt) {}
