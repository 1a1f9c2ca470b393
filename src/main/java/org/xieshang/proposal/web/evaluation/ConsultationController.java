package org.xieshang.proposal.web.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.ProposalEvaluation;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.web.unit.HandlingTexts;
import org.xieshang.shared.XieshangException;

/** The face-to-face consultation record 当面协商 after a second 不满意; recording it closes the proposal. */
@Controller
@RequestMapping("/proposals/{id}/consultation")
@PreAuthorize("hasAuthority('proposal:manage')")
public class ConsultationController {

    private final ProposalQueries queries;
    private final ProposalEvaluation evaluation;
    private final HandlingTexts texts;

    ConsultationController(ProposalQueries queries, ProposalEvaluation evaluation, HandlingTexts texts) {
        this.queries = queries;
        this.evaluation = evaluation;
        this.texts = texts;
    }

    public record ConsultationForm(
            @NotNull(message = "{proposal.handling.validation.heldOn}")
            @PastOrPresent(message = "{proposal.handling.validation.heldOn}")
            LocalDate heldOn,

            @NotBlank(message = "{proposal.handling.validation.place}")
            @Size(max = 200, message = "{proposal.handling.validation.place}")
            String place,

            @NotBlank(message = "{proposal.handling.validation.participants}")
            @Size(max = 1000, message = "{proposal.handling.validation.participants}")
            String participants,

            @NotBlank(message = "{proposal.handling.validation.outcome}")
            @Size(max = 5000, message = "{proposal.handling.validation.outcome}")
            String outcome) {}

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(id, model, new ConsultationForm(null, null, null, null));
    }

    @PostMapping
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ConsultationForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            HandlingTexts.invalid(response);
            return page(id, model, form);
        }
        try {
            evaluation.recordConsultation(id, form.heldOn(), form.place(), form.participants(), form.outcome());
        } catch (XieshangException e) {
            HandlingTexts.refused(e, result, response);
            return page(id, model, form);
        }
        redirect.addFlashAttribute("flash", texts.get("proposal.handling.consultation.recorded"));
        return "redirect:/proposals/" + id + "/consultation";
    }

    private String page(long id, Model model, ConsultationForm form) {
        model.addAttribute("p", queries.details(id));
        model.addAttribute("form", form);
        return "proposal/evaluation/consultation";
    }
}
