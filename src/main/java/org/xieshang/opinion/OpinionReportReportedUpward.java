package org.xieshang.opinion;

import java.util.List;

/** A committee sent a report upward 报送. */
public record OpinionReportReportedUpward(
        long reportId,
        long committeeId,
        long targetCommitteeId,
        UpwardChannel channel,
        String idempotencyKey,
        List<Long> memberIds) {}
