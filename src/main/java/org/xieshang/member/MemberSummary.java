package org.xieshang.member;

/** A member as other modules see them: who, in which committee, sector, party and special committee. */
public record MemberSummary(
        long id,
        long committeeId,
        String name,
        long sectorId,
        Long partyOrganisationId,
        Long specialCommitteeId,
        boolean standingCommittee) {}
