package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.DisclosureMode;
import org.xieshang.proposal.ProposalHandling;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.ReplyOversight;

/**
 * Handling over the API: co-unit opinions and counter-signatures, the unit's reply draft and sending it; the
 * supervisors' review, publication and the B-class follow-up of a reply.
 */
@RestController
@RequestMapping("/api/v1/proposals")
class HandlingApi {

    private final ProposalHandling handling;
    private final ReplyOversight oversight;

    HandlingApi(ProposalHandling handling, ReplyOversight oversight) {
        this.handling = handling;
        this.oversight = oversight;
    }

    record OpinionRequest(
            @NotBlank(message = "{proposal.validation.opinion}")
            @Size(max = 10000, message = "{proposal.validation.text}")
            String text) {}

    record ReplyRequest(
            @NotNull(message = "{proposal.validation.reply-class}")
            ReplyClass replyClass,

            @NotBlank(message = "{proposal.validation.letter}")
            @Size(max = 30000, message = "{proposal.validation.text}")
            String letter,

            @NotBlank(message = "{proposal.validation.document-number}")
            @Size(max = 100, message = "{proposal.validation.text}")
            String documentNumber,

            @NotBlank(message = "{proposal.validation.signer}") @Size(max = 50, message = "{proposal.validation.text}")
            String signer) {}

    /** {@code newClass} empty or unchanged: approve as is; otherwise change the class, with a reason. */
    record ReviewRequest(
            ReplyClass newClass,

            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    record PublishRequest(
            @NotNull(message = "{proposal.validation.mode-disclosure}")
            DisclosureMode mode,

            @Size(max = 5000, message = "{proposal.validation.text}")
            String summary) {}

    record FollowUpRequest(
            @NotNull(message = "{proposal.validation.year}")
            @Min(value = 2000, message = "{proposal.validation.year}")
            @Max(value = 2100, message = "{proposal.validation.year}")
            Integer year,

            @NotBlank(message = "{proposal.validation.progress}")
            @Size(max = 5000, message = "{proposal.validation.text}")
            String progress,

            boolean resolved) {}

    /** The id of what was made. */
    record Made(long id) {}

    @PostMapping("/{id}/opinions")
    @PreAuthorize("hasAuthority('proposal:handle')")
    Made sendOpinion(@PathVariable long id, @Valid @RequestBody OpinionRequest request) {
        return new Made(handling.sendOpinion(id, request.text()));
    }

    @PutMapping("/{id}/reply-draft")
    @PreAuthorize("hasAuthority('proposal:handle')")
    Made saveDraft(@PathVariable long id, @Valid @RequestBody ReplyRequest request) {
        return new Made(handling.saveReplyDraft(
                id,
                new ProposalHandling.ReplyDraft(
                        request.replyClass(), request.letter(), request.documentNumber(), request.signer())));
    }

    @PostMapping("/{id}/countersign")
    @PreAuthorize("hasAuthority('proposal:handle')")
    void countersign(@PathVariable long id) {
        handling.countersign(id);
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasAuthority('proposal:handle')")
    Made submitReply(@PathVariable long id) {
        return new Made(handling.submitReply(id));
    }

    @PostMapping("/replies/{replyId}/review")
    @PreAuthorize("hasAuthority('proposal:supervise')")
    void review(@PathVariable long replyId, @Valid @RequestBody ReviewRequest request) {
        oversight.review(replyId, request.newClass(), request.reason());
    }

    @PostMapping("/replies/{replyId}/publish")
    @PreAuthorize("hasAuthority('proposal:manage')")
    void publish(@PathVariable long replyId, @Valid @RequestBody PublishRequest request) {
        oversight.publish(replyId, request.mode(), request.summary());
    }

    @PostMapping("/replies/{replyId}/follow-ups")
    @PreAuthorize("hasAuthority('proposal:handle')")
    Made followUp(@PathVariable long replyId, @Valid @RequestBody FollowUpRequest request) {
        return new Made(oversight.recordFollowUp(replyId, request.year(), request.progress(), request.resolved()));
    }
}
