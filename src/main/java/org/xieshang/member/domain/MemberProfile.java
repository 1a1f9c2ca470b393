package org.xieshang.member.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What registering or editing a member sets. Text is trimmed and blank text becomes null, so the rules and the
 * database see one form of "not given".
 */
public record MemberProfile(
        String name,
        Sex sex,
        String ethnicity,
        LocalDate birthDate,
        String politicalAffiliation,
        Long partyOrganisationId,
        Long sectorId,
        Long specialCommitteeId,
        boolean standingCommittee,
        String employer,
        String post,
        String mobile,
        String email,
        String address,
        String expertise,
        Set<Long> termIds) {

    public MemberProfile {
        name = clean(name);
        ethnicity = clean(ethnicity);
        politicalAffiliation = clean(politicalAffiliation);
        employer = clean(employer);
        post = clean(post);
        mobile = clean(mobile);
        email = clean(email);
        address = clean(address);
        expertise = clean(expertise);
        termIds = termIds == null ? Set.of() : Set.copyOf(termIds);
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
