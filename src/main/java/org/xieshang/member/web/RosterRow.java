package org.xieshang.member.web;

import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.Member;

/** One line of the roster table, with names instead of ids. */
public record RosterRow(
        long id,
        String name,
        String sexKey,
        String politicalAffiliation,
        String sectorName,
        String specialCommitteeName,
        boolean standingCommittee,
        String employer,
        String post,
        String committeeName,
        boolean active) {

    static RosterRow of(Member m, CommitteeReferences refs, String committeeName) {
        return new RosterRow(
                m.id(),
                m.name(),
                m.sex().messageKey(),
                m.politicalAffiliation(),
                refs.sectorName(m.sectorId()),
                refs.specialCommitteeName(m.specialCommitteeId()),
                m.standingCommittee(),
                m.employer(),
                m.post(),
                committeeName,
                m.active());
    }
}
