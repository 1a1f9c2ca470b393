package org.xieshang.opinion.web.submit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.shared.Actor;

/**
 * The report form: one matter, facts, analysis and suggestions, a category, who submits it, joint submitters (members
 * of the committee) and other named sources. Cross-field rules (a party for a party's report…) are the core's.
 */
record ReportForm(
        @NotBlank(message = "{opinion.title.required}") @Size(max = 100, message = "{opinion.title.size}")
        String title,

        @NotBlank(message = "{opinion.facts.required}") @Size(max = 5000, message = "{opinion.text.size}")
        String facts,

        @NotBlank(message = "{opinion.analysis.required}") @Size(max = 5000, message = "{opinion.text.size}")
        String analysis,

        @NotBlank(message = "{opinion.suggestions.required}") @Size(max = 5000, message = "{opinion.text.size}")
        String suggestions,

        @NotBlank(message = "{opinion.category.required}") String category,

        @NotNull(message = "{opinion.submitterType.required}")
        SubmitterType submitterType,

        Long partyOrganisationId,
        Long specialCommitteeId,

        @Size(max = 20, message = "{opinion.pages.joint.size}")
        List<Long> jointMemberIds,

        @Size(max = 200, message = "{opinion.pages.others.size}")
        String otherNames,

        Integer version) {

    /** Separators people type between names: the ideographic comma, commas, semicolons, spaces. */
    private static final String NAME_SEPARATORS = "[\u3001,\uff0c;\uff1b\\s]+";

    static ReportForm empty(Actor actor) {
        SubmitterType type = actor.memberId().isPresent()
                ? SubmitterType.MEMBER
                : actor.hasPermission("opinion:edit") ? SubmitterType.PARTY : SubmitterType.INFORMATION_OFFICER;
        return new ReportForm("", "", "", "", "", type, null, null, List.of(), "", 0);
    }

    static ReportForm of(ReportDetail d) {
        List<Long> joint = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < d.persons().size(); i++) {
            ReportPerson p = d.persons().get(i);
            if (p.type() == PersonType.OTHER) {
                others.add(p.name());
            } else if (p.type() == PersonType.MEMBER && !(i == 0 && d.submitterType() == SubmitterType.MEMBER)) {
                joint.add(p.id());
            }
        }
        return new ReportForm(
                d.title(),
                d.facts(),
                d.analysis(),
                d.suggestions(),
                d.category(),
                d.submitterType(),
                d.partyOrganisationId(),
                d.specialCommitteeId(),
                joint,
                String.join("\u3001", others),
                d.version());
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }

    /**
     * The content: a member writing as a member comes first, an information officer first as a user; then the joint
     * members, then the other sources by name. Names of members come from the roster, not from here.
     */
    ReportContent content(Actor actor) {
        List<ReportPerson> persons = new ArrayList<>();
        if (submitterType == SubmitterType.MEMBER && actor.memberId().isPresent()) {
            persons.add(new ReportPerson(PersonType.MEMBER, actor.memberId().get(), actor.displayName(), null));
        }
        if (submitterType == SubmitterType.INFORMATION_OFFICER) {
            persons.add(new ReportPerson(PersonType.USER, actor.userId(), actor.displayName(), null));
        }
        if (jointMemberIds != null) {
            jointMemberIds.stream()
                    .distinct()
                    .filter(id -> actor.memberId().map(me -> !me.equals(id)).orElse(true))
                    .forEach(id -> persons.add(new ReportPerson(PersonType.MEMBER, id, null, null)));
        }
        if (otherNames != null && !otherNames.isBlank()) {
            Arrays.stream(otherNames.strip().split(NAME_SEPARATORS))
                    .filter(n -> !n.isBlank())
                    .distinct()
                    .forEach(n -> persons.add(new ReportPerson(PersonType.OTHER, null, n, null)));
        }
        boolean party = submitterType == SubmitterType.PARTY || submitterType == SubmitterType.ORGANISATION;
        return new ReportContent(
                title,
                facts,
                analysis,
                suggestions,
                category,
                submitterType,
                party ? partyOrganisationId : null,
                submitterType == SubmitterType.SPECIAL_COMMITTEE ? specialCommitteeId : null,
                persons);
    }
}
