package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.EvaluationForm;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalEvaluation;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.Satisfaction;

/** Evaluation over the API: a member's rating, staff's paper entry, the face-to-face consultation, closing. */
@RestController
@RequestMapping("/api/v1/proposals/{id}")
class EvaluationApi {

    private final ProposalEvaluation evaluation;
    private final ProposalQueries queries;

    EvaluationApi(ProposalEvaluation evaluation, ProposalQueries queries) {
        this.evaluation = evaluation;
        this.queries = queries;
    }

    /** The rating and the structured form; {@code memberId} only for a paper entry by staff. */
    record EvaluationRequest(
            @NotNull(message = "{proposal.validation.reply}")
            Long replyId,

            Long memberId,

            @NotNull(message = "{proposal.validation.satisfaction}")
            Satisfaction satisfaction,

            boolean contacted,

            @NotNull(message = "{proposal.validation.contact-method}")
            EvaluationForm.ContactMethod contactMethod,

            @NotNull(message = "{proposal.validation.attitude}")
            EvaluationForm.Attitude attitude,

            @NotNull(message = "{proposal.validation.pertinence}")
            EvaluationForm.Pertinence pertinence,

            @NotNull(message = "{proposal.validation.agreement}")
            EvaluationForm.Agreement agreement,

            @Size(max = 2000, message = "{proposal.validation.text}")
            String comment) {

        EvaluationForm form() {
            return new EvaluationForm(satisfaction, contacted, contactMethod, attitude, pertinence, agreement, comment);
        }
    }

    record ConsultationRequest(
            @NotNull(message = "{proposal.validation.held-on}")
            LocalDate heldOn,

            @NotBlank(message = "{proposal.validation.place}") @Size(max = 200, message = "{proposal.validation.text}")
            String place,

            @NotBlank(message = "{proposal.validation.participants}")
            @Size(max = 2000, message = "{proposal.validation.text}")
            String participants,

            @NotBlank(message = "{proposal.validation.outcome}")
            @Size(max = 10000, message = "{proposal.validation.text}")
            String outcome) {}

    record CloseRequest(
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    @PostMapping("/evaluations")
    @PreAuthorize("hasAuthority('proposal:evaluate')")
    ProposalDetails evaluate(@PathVariable long id, @Valid @RequestBody EvaluationRequest request) {
        evaluation.evaluate(id, request.replyId(), request.form());
        return queries.details(id);
    }

    @PostMapping("/evaluations/on-paper")
    @PreAuthorize("hasAuthority('proposal:manage')")
    ProposalDetails evaluateOnPaper(@PathVariable long id, @Valid @RequestBody EvaluationRequest request) {
        if (request.memberId() == null) {
            throw new org.xieshang.shared.InvalidInput("memberId", "proposal.member-required");
        }
        evaluation.evaluateOnPaper(id, request.replyId(), request.memberId(), request.form());
        return queries.details(id);
    }

    @PostMapping("/consultation")
    @PreAuthorize("hasAuthority('proposal:manage')")
    ProposalDetails consultation(@PathVariable long id, @Valid @RequestBody ConsultationRequest request) {
        evaluation.recordConsultation(id, request.heldOn(), request.place(), request.participants(), request.outcome());
        return queries.details(id);
    }

    @PostMapping("/close")
    @PreAuthorize("hasAuthority('proposal:manage')")
    ProposalDetails close(@PathVariable long id, @Valid @RequestBody(required = false) CloseRequest request) {
        evaluation.close(id, request == null ? null : request.reason());
        return queries.details(id);
    }
}
