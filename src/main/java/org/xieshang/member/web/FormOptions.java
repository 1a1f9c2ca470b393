package org.xieshang.member.web;

import java.util.List;
import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.MemberSettings;
import org.xieshang.member.domain.Sex;

/** The choices a member form offers: the committee's references and the configured lists. */
public record FormOptions(
        String committeeName,
        CommitteeReferences refs,
        List<Sex> sexes,
        List<String> ethnicities,
        List<String> affiliations) {

    static FormOptions of(String committeeName, CommitteeReferences refs, MemberSettings settings) {
        return new FormOptions(
                committeeName, refs, List.of(Sex.values()), settings.ethnicities(), settings.affiliations());
    }
}
