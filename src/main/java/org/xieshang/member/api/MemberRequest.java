package org.xieshang.member.api;

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
import org.xieshang.member.domain.MemberProfile;
import org.xieshang.member.domain.MemberRules;
import org.xieshang.member.domain.Sex;

/**
 * A member as a client sends it (POST registers, PUT replaces the profile and must carry the {@code version} it read).
 * {@code committeeId} is used on POST only (default: the caller's committee). Lists and references are checked by the
 * domain rules and reported per field like these constraints.
 */
public record MemberRequest(
        Long committeeId,

        @NotBlank(message = "{member.invalid.required}")
        @Size(min = 2, max = 20, message = "{member.invalid.name-length}")
        String name,

        @NotNull(message = "{member.invalid.required}") Sex sex,
        @NotBlank(message = "{member.invalid.required}") String ethnicity,
        @Past(message = "{member.invalid.birth-date-past}") LocalDate birthDate,
        @NotBlank(message = "{member.invalid.required}") String politicalAffiliation,
        @NotNull(message = "{member.invalid.required}") Long sectorId,
        Long specialCommitteeId,
        Long partyOrganisationId,
        boolean standingCommittee,
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
                standingCommittee,
                employer,
                post,
                mobile,
                email,
                address,
                expertise,
                termIds == null ? null : new HashSet<>(termIds));
    }
}
