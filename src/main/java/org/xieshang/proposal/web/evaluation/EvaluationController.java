package org.xieshang.proposal.web.evaluation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.proposal.EvaluationForm;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalEvaluation;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ReplyReview;
import org.xieshang.proposal.ReplyStatus;
import org.xieshang.proposal.Satisfaction;
import org.xieshang.proposal.web.unit.HandlingTexts;
import org.xieshang.shared.Actor;
import org.xieshang.shared.XieshangException;

/**
 * Evaluation 测评 of the replies by each signer (满意 / 基本满意 / 不满意 + the structured form); staff enter a paper
 * form on a member's behalf. A first 不满意 opens re-handling (the flash names the new deadline); a second one leads to
 * the face-to-face consultation form.
 */
@Controller
@RequestMapping("/proposals/{id}")
class EvaluationController {

    private final ProposalQueries queries;
    private final ProposalEvaluation evaluation;
    private final HandlingTexts texts;
    private final MemberDirectory members;

    EvaluationController(
            ProposalQueries queries, ProposalEvaluation evaluation, HandlingTexts texts, MemberDirectory members) {
        this.queries = queries;
        this.evaluation = evaluation;
        this.texts = texts;
        this.members = members;
    }

    @GetMapping("/evaluate")
    @PreAuthorize("hasAuthority('proposal:evaluate')")
    String show(@PathVariable long id, Model model) {
        return form(id, model);
    }

    /** Staff enter a member's paper form. */
    @GetMapping("/evaluate/paper")
    @PreAuthorize("hasAuthority('proposal:manage')")
    String showPaper(@PathVariable long id, Model model) {
        return form(id, model);
    }

    @PostMapping("/evaluate/paper")
    @PreAuthorize("hasAuthority('proposal:manage')")
    String evaluatePaper(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EvaluationFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return evaluate(id, form, result, model, response, redirect);
    }

    private String form(long id, Model model) {
        ProposalDetails details = queries.details(id);
        List<ProposalDetails.Reply> replies = evaluable(details);
        return page(
                details,
                replies,
                model,
                EvaluationFormData.blank(
                        replies.isEmpty() ? null : replies.get(0).id()));
    }

    @PostMapping("/evaluate")
    @PreAuthorize("hasAuthority('proposal:evaluate')")
    String evaluate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EvaluationFormData form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (form.contactMethodMissing()) {
            result.rejectValue("contactMethod", "proposal.handling.validation.contactMethod");
        }
        if (form.memberId() == null && paper()) {
            result.rejectValue("memberId", "proposal.handling.validation.member");
        }
        if (result.hasErrors()) {
            HandlingTexts.invalid(response);
            return refused(id, model, form);
        }
        try {
            if (paper()) {
                evaluation.evaluateOnPaper(id, form.replyId(), form.memberId(), form.form());
            } else {
                evaluation.evaluate(id, form.replyId(), form.form());
            }
        } catch (XieshangException e) {
            HandlingTexts.refused(e, result, response);
            return refused(id, model, form);
        }
        return outcome(id, form.satisfaction(), redirect);
    }

    /** What the rating led to: re-handling with its new deadline, the consultation form, or simply recorded. */
    private String outcome(long id, Satisfaction satisfaction, RedirectAttributes redirect) {
        ProposalDetails after = queries.details(id);
        ProposalStatus status = after.summary().status();
        if (status == ProposalStatus.REHANDLING && !after.rehandlings().isEmpty()) {
            var last = after.rehandlings().get(after.rehandlings().size() - 1);
            redirect.addFlashAttribute("flash", texts.get("proposal.handling.evaluation.rehandling", last.deadline()));
        } else if (status == ProposalStatus.CONSULTATION && Actor.required().hasPermission("proposal:manage")) {
            redirect.addFlashAttribute("flash", texts.get("proposal.handling.evaluation.consultation"));
            return "redirect:/proposals/" + id + "/consultation";
        } else if (status == ProposalStatus.CONSULTATION) {
            redirect.addFlashAttribute("flash", texts.get("proposal.handling.evaluation.consultation"));
        } else {
            redirect.addFlashAttribute(
                    "flash",
                    texts.get(
                            "proposal.handling.evaluation.recorded",
                            texts.get("proposal.satisfaction." + satisfaction)));
        }
        return "redirect:/proposals/" + id + (paper() ? "/evaluate/paper" : "/evaluate");
    }

    private String refused(long id, Model model, EvaluationFormData form) {
        ProposalDetails details = queries.details(id);
        return page(details, evaluable(details), model, form);
    }

    private String page(
            ProposalDetails details, List<ProposalDetails.Reply> replies, Model model, EvaluationFormData form) {
        model.addAttribute("p", details);
        model.addAttribute("replies", replies);
        model.addAttribute("form", form);
        model.addAttribute("paper", paper());
        model.addAttribute(
                "memberNames",
                members
                        .byIds(details.signers().stream()
                                .map(ProposalDetails.Signer::memberId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MemberSummary::id, MemberSummary::name)));
        model.addAttribute("satisfactions", Arrays.asList(Satisfaction.values()));
        model.addAttribute("methods", Arrays.asList(EvaluationForm.ContactMethod.values()));
        model.addAttribute("attitudes", Arrays.asList(EvaluationForm.Attitude.values()));
        model.addAttribute("pertinences", Arrays.asList(EvaluationForm.Pertinence.values()));
        model.addAttribute("agreements", Arrays.asList(EvaluationForm.Agreement.values()));
        return "proposal/evaluation/evaluate";
    }

    /** Staff (who are not members) enter paper forms; members evaluate for themselves. */
    private static boolean paper() {
        Actor actor = Actor.required();
        return actor.hasPermission("proposal:manage") && !actor.hasPermission("proposal:evaluate");
    }

    /** Sent, reviewed replies of each unit's current round: the ones a signer can rate now. */
    static List<ProposalDetails.Reply> evaluable(ProposalDetails details) {
        return details.replies().stream()
                .filter(r -> r.status() == ReplyStatus.SUBMITTED && r.reviewStatus() != ReplyReview.PENDING)
                .filter(r -> details.assignments().stream()
                        .anyMatch(a -> a.id() == r.assignmentId() && a.round() == r.round()))
                .toList();
    }
}
