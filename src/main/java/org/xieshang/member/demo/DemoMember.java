package org.xieshang.member.demo;

import java.time.LocalDate;

/** One fictional member as the demo dataset inserts it. Mutable seats: they are handed out after the people exist. */
final class DemoMember {

    final long committeeId;
    final long sectorId;
    final String name;
    final String sex;
    final String ethnicity;
    final LocalDate birthDate;
    final String affiliation;
    final Long partyOrganisationId;
    final String employer;
    final String post;
    final String mobile;
    final String email;
    final String address;
    final String expertise;
    Long specialCommitteeId;
    boolean standingCommittee;
    boolean previousTerm;

    DemoMember(
            long committeeId,
            long sectorId,
            String[] person,
            LocalDate birthDate,
            Long partyOrganisationId,
            String[] work,
            String[] contacts) {
        this.committeeId = committeeId;
        this.sectorId = sectorId;
        this.name = person[0];
        this.sex = person[1];
        this.ethnicity = person[2];
        this.affiliation = person[3];
        this.birthDate = birthDate;
        this.partyOrganisationId = partyOrganisationId;
        this.employer = work[0];
        this.post = work[1];
        this.expertise = work[2];
        this.mobile = contacts[0];
        this.email = contacts[1];
        this.address = contacts[2];
    }

    Object[] row() {
        return new Object[] {
            committeeId, name, sex, ethnicity, birthDate, affiliation, partyOrganisationId, sectorId,
            specialCommitteeId, standingCommittee, employer, post, mobile, email, address, expertise
        };
    }
}
