package org.xieshang.organisation.api;

import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.domain.Committee;

record CommitteeResponse(
        long id,
        Long parentId,
        String name,
        String shortName,
        CommitteeLevel level,
        String region,
        boolean directReportingPoint,
        int sortOrder,
        int version) {

    static CommitteeResponse of(Committee c) {
        return new CommitteeResponse(
                c.id(),
                c.parentId(),
                c.name(),
                c.shortName(),
                c.level(),
                c.region(),
                c.directReportingPoint(),
                c.sortOrder(),
                c.version());
    }
}
