package org.xieshang.proposal.web.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalSubmission;

/** The proposal form (暂存 or submit). What only submission requires is checked by the controller and the core. */
record ProposalForm(
        @NotNull(message = "{proposal.validation.kind}") ProposalKind kind,
        CollectiveProposer collectiveProposer,
        Long partyOrganisationId,

        @Size(max = 100, message = "{proposal.validation.text}")
        String groupName,

        @Size(max = 50, message = "{proposal.validation.text}")
        String contactName,

        @Size(max = 50, message = "{proposal.validation.text}")
        String contactPhone,

        @NotBlank(message = "{proposal.validation.title-required}")
        @Size(max = 200, message = "{proposal.validation.title}")
        String title,

        @Size(max = 20000, message = "{proposal.validation.text}")
        String grounds,

        @Size(max = 20000, message = "{proposal.validation.text}")
        String suggestions,

        String category,
        List<Long> suggestedUnitIds,
        boolean disclosureConsent,

        @Size(max = 500, message = "{proposal.validation.reason-size}")
        String disclosureReason,

        @Size(max = 50, message = "{proposal.validation.co-signers}")
        List<Long> coSignerMemberIds,

        Integer version) {

    /** An unticked checkbox sends nothing: no consent. */
    boolean consents() {
        return Boolean.TRUE.equals(disclosureConsent);
    }

    int versionOrZero() {
        return version == null ? 0 : version;
    }

    static ProposalForm empty() {
        return new ProposalForm(
                ProposalKind.INDIVIDUAL, null, null, "", "", "", "", "", "", null, List.of(), true, "", List.of(), 0);
    }

    static ProposalForm of(ProposalDetails d) {
        var t = d.text();
        List<Long> coSigners = d.signers().stream()
                .filter(s -> s.position() > 1)
                .map(ProposalDetails.Signer::memberId)
                .toList();
        return new ProposalForm(
                d.summary().kind(),
                t.collectiveProposer(),
                t.partyOrganisationId(),
                t.groupName(),
                t.contactName(),
                t.contactPhone(),
                d.summary().title(),
                t.grounds(),
                t.suggestions(),
                d.summary().category(),
                t.suggestedUnitIds(),
                t.disclosureConsent(),
                t.disclosureReason(),
                coSigners,
                d.summary().version());
    }

    /** The core's draft; co-signers only for a joint proposal, the collective fields only for a collective one. */
    ProposalSubmission.Draft draft() {
        boolean collective = kind == ProposalKind.COLLECTIVE;
        return new ProposalSubmission.Draft(
                kind,
                collective ? collectiveProposer : null,
                collective ? partyOrganisationId : null,
                null,
                null,
                collective ? blankToNull(groupName) : null,
                collective ? blankToNull(contactName) : null,
                collective ? blankToNull(contactPhone) : null,
                null,
                title == null ? null : title.strip(),
                grounds == null ? "" : grounds,
                suggestions == null ? "" : suggestions,
                blankToNull(category),
                suggestedUnitIds,
                consents(),
                consents() ? null : blankToNull(disclosureReason),
                false,
                null,
                kind == ProposalKind.JOINT ? coSignerMemberIds : List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
