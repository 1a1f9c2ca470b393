package org.xieshang.opinion;

import java.util.List;
import org.xieshang.organisation.CommitteeLevel;

/** An adoption at {@code level} was revoked; its points were revoked with it. */
public record AdoptionRevoked(
        long reportId,
        long committeeId,
        long levelCommitteeId,
        CommitteeLevel level,
        boolean origin,
        List<Long> memberIds) {}
