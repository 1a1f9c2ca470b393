package org.xieshang.organisation;

/** A committee as other modules see it. */
public record CommitteeView(
        long id,
        Long parentId,
        String name,
        String shortName,
        CommitteeLevel level,
        String region,
        boolean directReportingPoint) {}
