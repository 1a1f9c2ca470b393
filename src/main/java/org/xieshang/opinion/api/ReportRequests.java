package org.xieshang.opinion.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.shared.Actor;

/** Request bodies for writing reports, with their field checks; cross-field rules are the domain's. */
final class ReportRequests {

    private ReportRequests() {}

    /** A report as a submitter writes it; {@code submit} submits it at once instead of keeping a draft. */
    record ReportRequest(
            @NotBlank(message = "{opinion.title.required}") @Size(max = 100, message = "{opinion.title.size}")
            String title,

            @NotBlank(message = "{opinion.facts.required}") @Size(max = 5000, message = "{opinion.text.size}")
            String facts,

            @NotBlank(message = "{opinion.analysis.required}") @Size(max = 5000, message = "{opinion.text.size}")
            String analysis,

            @NotBlank(message = "{opinion.suggestions.required}") @Size(max = 5000, message = "{opinion.text.size}")
            String suggestions,

            @NotBlank(message = "{opinion.category.required}")
            String category,

            @NotNull(message = "{opinion.submitterType.required}")
            SubmitterType submitterType,

            Long partyOrganisationId,
            Long specialCommitteeId,
            List<@Valid PersonRequest> persons,
            boolean submit) {

        /**
         * The content; with no persons given, a member or an information officer writing for themself is the author.
         */
        ReportContent content(Actor actor) {
            List<ReportPerson> given = persons == null
                    ? List.of()
                    : persons.stream().map(PersonRequest::person).toList();
            if (given.isEmpty()
                    && submitterType == SubmitterType.MEMBER
                    && actor.memberId().isPresent()) {
                given = List.of(
                        new ReportPerson(PersonType.MEMBER, actor.memberId().get(), actor.displayName(), null));
            }
            if (given.isEmpty() && submitterType == SubmitterType.INFORMATION_OFFICER) {
                given = List.of(new ReportPerson(PersonType.USER, actor.userId(), actor.displayName(), null));
            }
            return new ReportContent(
                    title,
                    facts,
                    analysis,
                    suggestions,
                    category,
                    submitterType,
                    partyOrganisationId,
                    specialCommitteeId,
                    given);
        }
    }

    /**
     * An author: a member by id (named from the roster), a user by id and name, or another source by name only;
     * share in percent (none given: equal split).
     */
    record PersonRequest(
            @NotNull(message = "{opinion.person.type.required}")
            PersonType type,

            Long id,

            @Size(max = 40, message = "{opinion.person.name.size}")
            String name,

            BigDecimal share) {

        ReportPerson person() {
            return new ReportPerson(type, id, name, share);
        }
    }

    record VersionRequest(
            @NotNull(message = "{opinion.version.required}") Integer version) {}

    record EditRequest(
            @NotBlank(message = "{opinion.edit.title.required}") @Size(max = 100, message = "{opinion.title.size}")
            String title,

            @NotBlank(message = "{opinion.edit.body.required}") @Size(max = 5000, message = "{opinion.text.size}")
            String body,

            @NotBlank(message = "{opinion.edit.suggestions.required}")
            @Size(max = 5000, message = "{opinion.text.size}")
            String suggestions,

            @NotNull(message = "{opinion.version.required}") Integer version) {}

    record ReasonRequest(
            @NotBlank(message = "{opinion.reason.required}") @Size(max = 500, message = "{opinion.reason.size}")
            String reason,

            @NotNull(message = "{opinion.version.required}") Integer version) {}
}
