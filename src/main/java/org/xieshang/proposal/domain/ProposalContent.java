package org.xieshang.proposal.domain;

import java.util.List;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.ProposalKind;

/**
 * What the proposer writes: kind and, for collective proposals, who submits and a contact person; 案由, 案据, 建议,
 * category, suggested units, disclosure consent (with the reason when refused), the urgent flag and the clue cited.
 * Drafts may be incomplete; {@link #checkComplete} runs at submission.
 */
public record ProposalContent(
        ProposalKind kind,
        CollectiveProposer collectiveProposer,
        Long partyOrganisationId,
        Long sectorId,
        Long specialCommitteeId,
        String groupName,
        String contactName,
        String contactPhone,
        String contactAddress,
        String title,
        String grounds,
        String suggestions,
        String category,
        List<Long> suggestedUnitIds,
        boolean disclosureConsent,
        String disclosureReason,
        boolean urgent,
        Long clueId) {

    public ProposalContent {
        grounds = grounds == null ? "" : grounds;
        suggestions = suggestions == null ? "" : suggestions;
        suggestedUnitIds = suggestedUnitIds == null ? List.of() : List.copyOf(suggestedUnitIds);
    }

    /** Characters of the body, compared with the configured length limit (a warning, never a block). */
    public int length() {
        return (title == null ? 0 : title.length()) + grounds.length() + suggestions.length();
    }

    /** Refuses to submit a proposal with a required part missing (field by field, the first missing one). */
    void checkComplete(List<String> categories) {
        require(title, "title");
        require(grounds, "grounds");
        require(suggestions, "suggestions");
        require(category, "category");
        if (!categories.contains(category)) {
            throw new Refusals.UnknownCategory(category);
        }
        if (!disclosureConsent) {
            require(disclosureReason, "disclosureReason");
        }
        if (kind == ProposalKind.COLLECTIVE) {
            checkCollective();
        }
    }

    private void checkCollective() {
        if (collectiveProposer == null) {
            throw new Refusals.MissingPart("collectiveProposer");
        }
        switch (collectiveProposer) {
            case PARTY, ORGANISATION -> requireId(partyOrganisationId, "partyOrganisationId");
            case SECTOR -> requireId(sectorId, "sectorId");
            case SPECIAL_COMMITTEE -> requireId(specialCommitteeId, "specialCommitteeId");
            case GROUP -> require(groupName, "groupName");
        }
        require(contactName, "contactName");
        require(contactPhone, "contactPhone");
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Refusals.MissingPart(field);
        }
    }

    private static void requireId(Long value, String field) {
        if (value == null) {
            throw new Refusals.MissingPart(field);
        }
    }
}
