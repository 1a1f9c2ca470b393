package org.xieshang.member.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.xieshang.member.domain.Member;
import org.xieshang.member.domain.MemberProfile;
import org.xieshang.member.domain.MemberRules;
import org.xieshang.member.domain.Sex;

/**
 * The member form (create and edit). Lists and references are checked by the domain rules. The checkbox is a
 * {@code Boolean}: an unticked box sends nothing, which a primitive could not be built from.
 */
public record MemberForm(
        Long committeeId,

        @NotBlank(message = "{member.invalid.required}")
        @Size(min = 2, max = 20, message = "{member.invalid.name-length}")
        String name,

        @NotNull(message = "{member.invalid.required}") Sex sex,
        @NotBlank(message = "{member.invalid.required}") String ethnicity,

        @Past(message = "{member.invalid.birth-date-past}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @NotBlank(message = "{member.invalid.required}") String politicalAffiliation,
        @NotNull(message = "{member.invalid.required}") Long sectorId,
        Long specialCommitteeId,
        Long partyOrganisationId,
        Boolean standingCommittee,
        @Size(max = 100, message = "{member.invalid.size}") String employer,
        @Size(max = 50, message = "{member.invalid.size}") String post,

        @NotBlank(message = "{member.invalid.required}")
        @Pattern(regexp = "^$|" + MemberRules.MOBILE_PATTERN, message = "{member.invalid.mobile-format}")
        String mobile,

        @Email(message = "{member.invalid.email-format}") @Size(max = 100, message = "{member.invalid.size}")
        String email,

        @Size(max = 200, message = "{member.invalid.size}") String address,
        @Size(max = 500, message = "{member.invalid.size}") String expertise,

        @NotEmpty(message = "{member.invalid.terms-required}")
        List<Long> termIds,

        Integer version) {

    static MemberForm blank(long committeeId, Long currentTermId) {
        return new MemberForm(
                committeeId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                currentTermId == null ? List.of() : List.of(currentTermId),
                null);
    }

    static MemberForm of(Member m, List<Long> termIds) {
        return new MemberForm(
                m.committeeId(),
                m.name(),
                m.sex(),
                m.ethnicity(),
                m.birthDate(),
                m.politicalAffiliation(),
                m.sectorId(),
                m.specialCommitteeId(),
                m.partyOrganisationId(),
                m.standingCommittee(),
                m.employer(),
                m.post(),
                m.mobile(),
                m.email(),
                m.address(),
                m.expertise(),
                termIds,
                m.version());
    }

    MemberProfile profile() {
        return new MemberProfile(
                name,
                sex,
                ethnicity,
                birthDate,
                politicalAffiliation,
                partyOrganisationId,
                sectorId,
                specialCommitteeId,
                Boolean.TRUE.equals(standingCommittee),
                employer,
                post,
                mobile,
                email,
                address,
                expertise,
                termIds == null ? null : new HashSet<>(termIds));
    }
}
