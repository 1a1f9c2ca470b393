package org.xieshang.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.xieshang.proposal.ProposalClues;

/** The public's clue: real name and contact required, the text at most 300 characters. */
record ClueForm(
        @NotBlank(message = "{portal.clue.name.required}") @Size(max = 30, message = "{portal.clue.name.size}")
        String name,

        @NotBlank(message = "{portal.clue.contact.required}") @Size(max = 100, message = "{portal.clue.contact.size}")
        String contact,

        @NotBlank(message = "{portal.clue.subject.required}") @Size(max = 100, message = "{portal.clue.subject.size}")
        String title,

        @NotBlank(message = "{portal.clue.text.required}")
        @Size(max = ProposalClues.MAX_CLUE_LENGTH, message = "{portal.clue.text.size}")
        String text) {

    static ClueForm empty() {
        return new ClueForm("", "", "", "");
    }

    ProposalClues.NewClue toClue() {
        return new ProposalClues.NewClue(name.strip(), contact.strip(), title.strip(), text.strip());
    }
}
