package org.xieshang.opinion;

import java.util.List;
import org.xieshang.organisation.CommitteeLevel;

/** Any outcome recorded on a report in {@code committeeId} (received, published, adopted, filed, instructed, adopted by a department, revoked), for listeners that want them all. */
public record OpinionOutcomeRecorded(
        long reportId,
        long committeeId,
        long outcomeId,
        long levelCommitteeId,
        CommitteeLevel level,
        OutcomeType type,
        boolean origin,
        List<Long> memberIds) {}
