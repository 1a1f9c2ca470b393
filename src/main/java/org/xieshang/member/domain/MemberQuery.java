package org.xieshang.member.domain;

import java.util.Set;

/**
 * A roster search: the committees to look in (already cut to what the user may see), a text matched against name and
 * employer, and optional filters (null: any).
 */
public record MemberQuery(
        Set<Long> committeeIds,
        String text,
        Long sectorId,
        Long specialCommitteeId,
        Long partyOrganisationId,
        Boolean standingCommittee,
        Boolean active) {

    public MemberQuery {
        committeeIds = Set.copyOf(committeeIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
