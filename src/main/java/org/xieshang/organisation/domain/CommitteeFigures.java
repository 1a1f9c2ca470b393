package org.xieshang.organisation.domain;

/** How much a committee's organisation holds, for its overview page. */
public record CommitteeFigures(
        long sectors,
        long specialCommittees,
        long partyOrganisations,
        long handlingUnits,
        long activeHandlingUnits,
        long divisions,
        long children) {}
