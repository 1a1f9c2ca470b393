package org.xieshang.member.api;

import java.time.LocalDate;
import java.util.List;
import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.Member;
import org.xieshang.member.domain.Sex;

/** A member as the API returns it: ids with the names they stand for, and the version to send back on PUT. */
public record MemberResponse(
        long id,
        long committeeId,
        String name,
        Sex sex,
        String ethnicity,
        LocalDate birthDate,
        String politicalAffiliation,
        Long partyOrganisationId,
        String partyOrganisationName,
        long sectorId,
        String sectorName,
        Long specialCommitteeId,
        String specialCommitteeName,
        boolean standingCommittee,
        String employer,
        String post,
        String mobile,
        String email,
        String address,
        String expertise,
        boolean active,
        List<Long> termIds,
        int version) {

    static MemberResponse of(Member m, CommitteeReferences refs, List<Long> termIds) {
        return new MemberResponse(
                m.id(),
                m.committeeId(),
                m.name(),
                m.sex(),
                m.ethnicity(),
                m.birthDate(),
                m.politicalAffiliation(),
                m.partyOrganisationId(),
                refs.partyOrganisationName(m.partyOrganisationId()),
                m.sectorId(),
                refs.sectorName(m.sectorId()),
                m.specialCommitteeId(),
                refs.specialCommitteeName(m.specialCommitteeId()),
                m.standingCommittee(),
                m.employer(),
                m.post(),
                m.mobile(),
                m.email(),
                m.address(),
                m.expertise(),
                m.active(),
                termIds,
                m.version());
    }
}
