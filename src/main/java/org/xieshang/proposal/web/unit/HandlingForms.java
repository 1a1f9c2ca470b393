package org.xieshang.proposal.web.unit;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xieshang.proposal.ProposalHandling;
import org.xieshang.proposal.ReplyClass;

/** The forms of the handling page: contest, extension, co-unit opinion, reply draft. */
public final class HandlingForms {

    private HandlingForms() {}

    public record ContestForm(
            @NotBlank(message = "{proposal.handling.validation.reason}")
            @Size(max = 500, message = "{proposal.handling.validation.reason}")
            String reason) {}

    public record ExtensionForm(
            @NotNull(message = "{proposal.handling.validation.until}")
            @Future(message = "{proposal.handling.validation.until}")
            LocalDate until,

            @NotBlank(message = "{proposal.handling.validation.reason}")
            @Size(max = 500, message = "{proposal.handling.validation.reason}")
            String reason) {}

    public record OpinionForm(
            @NotBlank(message = "{proposal.handling.validation.opinion}")
            @Size(max = 5000, message = "{proposal.handling.validation.opinion}")
            String text) {}

    public record ReplyForm(
            @NotNull(message = "{proposal.handling.validation.replyClass}")
            ReplyClass replyClass,

            @NotBlank(message = "{proposal.handling.validation.letter}")
            @Size(max = 20000, message = "{proposal.handling.validation.letter}")
            String letter,

            @NotBlank(message = "{proposal.handling.validation.documentNumber}")
            @Size(max = 100, message = "{proposal.handling.validation.documentNumber}")
            String documentNumber,

            @NotBlank(message = "{proposal.handling.validation.signer}")
            @Size(max = 50, message = "{proposal.handling.validation.signer}")
            String signer) {

        ProposalHandling.ReplyDraft draft() {
            return new ProposalHandling.ReplyDraft(replyClass, letter, documentNumber, signer);
        }
    }
}
