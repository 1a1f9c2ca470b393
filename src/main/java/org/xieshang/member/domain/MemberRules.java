package org.xieshang.member.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a member profile must keep, checked in one pass so a form, an API call or an import row can show every
 * problem at once. References (sector, special committee, party, terms) must belong to the member's own committee.
 */
public final class MemberRules {

    public static final int NAME_MIN = 2;
    public static final int NAME_MAX = 20;
    public static final String MOBILE_PATTERN = "^1\\d{10}$";

    private static final Pattern MOBILE = Pattern.compile(MOBILE_PATTERN);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MemberSettings settings;

    public MemberRules(MemberSettings settings) {
        this.settings = settings;
    }

    public List<Violation> check(MemberProfile profile, CommitteeReferences refs, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        checkPerson(profile, today, violations);
        checkReferences(profile, refs, violations);
        checkContacts(profile, violations);
        return violations;
    }

    private void checkPerson(MemberProfile p, LocalDate today, List<Violation> out) {
        if (p.name() == null) {
            out.add(new Violation("name", "required"));
        } else {
            int length = p.name().codePointCount(0, p.name().length());
            if (length < NAME_MIN || length > NAME_MAX) {
                out.add(new Violation("name", "name-length", NAME_MIN, NAME_MAX));
            }
        }
        if (p.sex() == null) {
            out.add(new Violation("sex", "required"));
        }
        inList("ethnicity", p.ethnicity(), settings.ethnicities(), out);
        inList("politicalAffiliation", p.politicalAffiliation(), settings.affiliations(), out);
        if (p.birthDate() != null && !p.birthDate().isBefore(today)) {
            out.add(new Violation("birthDate", "birth-date-past"));
        }
    }

    private static void checkReferences(MemberProfile p, CommitteeReferences refs, List<Violation> out) {
        if (p.sectorId() == null) {
            out.add(new Violation("sectorId", "required"));
        } else if (!refs.hasSector(p.sectorId())) {
            out.add(new Violation("sectorId", "sector-unknown"));
        }
        if (p.specialCommitteeId() != null && !refs.hasSpecialCommittee(p.specialCommitteeId())) {
            out.add(new Violation("specialCommitteeId", "special-committee-unknown"));
        }
        if (p.partyOrganisationId() != null && !refs.hasPartyOrganisation(p.partyOrganisationId())) {
            out.add(new Violation("partyOrganisationId", "party-unknown"));
        }
        if (p.termIds().isEmpty()) {
            out.add(new Violation("termIds", "terms-required"));
        } else if (!p.termIds().stream().allMatch(refs::hasTerm)) {
            out.add(new Violation("termIds", "term-unknown"));
        }
    }

    private static void checkContacts(MemberProfile p, List<Violation> out) {
        if (p.mobile() == null) {
            out.add(new Violation("mobile", "required"));
        } else if (!MOBILE.matcher(p.mobile()).matches()) {
            out.add(new Violation("mobile", "mobile-format"));
        }
        if (p.email() != null && !EMAIL.matcher(p.email()).matches()) {
            out.add(new Violation("email", "email-format"));
        }
        maxLength("employer", p.employer(), 100, out);
        maxLength("post", p.post(), 50, out);
        maxLength("email", p.email(), 100, out);
        maxLength("address", p.address(), 200, out);
        maxLength("expertise", p.expertise(), 500, out);
    }

    private static void inList(String field, String value, List<String> allowed, List<Violation> out) {
        if (value == null) {
            out.add(new Violation(field, "required"));
        } else if (!allowed.contains(value)) {
            out.add(new Violation(field, field + "-unknown", value));
        }
    }

    private static void maxLength(String field, String value, int max, List<Violation> out) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            out.add(new Violation(field, "too-long", max));
        }
    }
}
