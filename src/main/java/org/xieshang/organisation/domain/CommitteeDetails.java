package org.xieshang.organisation.domain;

/** What an administrator may change on a committee; its level and place in the tree are fixed once created. */
public record CommitteeDetails(
        String name, String shortName, String region, boolean directReportingPoint, int sortOrder) {}
