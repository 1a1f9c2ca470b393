package org.xieshang.member.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code member}. */
public record Member(
        long id,
        long committeeId,
        String name,
        Sex sex,
        String ethnicity,
        LocalDate birthDate,
        String politicalAffiliation,
        Long partyOrganisationId,
        long sectorId,
        Long specialCommitteeId,
        boolean standingCommittee,
        String employer,
        String post,
        String mobile,
        String email,
        String address,
        String expertise,
        boolean active,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version) {}
