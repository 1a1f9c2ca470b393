package org.xieshang.organisation.domain;

import org.xieshang.organisation.CommitteeLevel;

/** A committee as its administrators maintain it. */
public record Committee(
        long id,
        Long parentId,
        String name,
        String shortName,
        CommitteeLevel level,
        String region,
        boolean directReportingPoint,
        int sortOrder,
        int version) {

    public CommitteeDetails details() {
        return new CommitteeDetails(name, shortName, region, directReportingPoint, sortOrder);
    }
}
