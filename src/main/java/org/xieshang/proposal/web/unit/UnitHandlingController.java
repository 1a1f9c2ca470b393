package org.xieshang.proposal.web.unit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Optional;
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
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalHandling;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.ReplyStatus;
import org.xieshang.proposal.web.unit.HandlingForms.ContestForm;
import org.xieshang.proposal.web.unit.HandlingForms.ExtensionForm;
import org.xieshang.proposal.web.unit.HandlingForms.OpinionForm;
import org.xieshang.proposal.web.unit.HandlingForms.ReplyForm;
import org.xieshang.shared.Actor;
import org.xieshang.shared.XieshangException;

/**
 * One proposal as its handling unit works on it: accept or contest, ask for a later deadline, a co-unit's opinion and
 * counter-signature, the lead's (or sole or separate unit's) reply draft and sending it. Every form posts here and,
 * when refused, is shown again on this page with its messages.
 */
@Controller
@RequestMapping("/proposals/unit/{proposalId}")
@PreAuthorize("hasAuthority('proposal:handle')")
class UnitHandlingController {

    private static final String[] FORMS = {"contestForm", "extensionForm", "opinionForm", "replyForm"};

    private final ProposalQueries queries;
    private final ProposalAssignment assignments;
    private final ProposalHandling handling;
    private final HandlingTexts texts;

    UnitHandlingController(
            ProposalQueries queries, ProposalAssignment assignments, ProposalHandling handling, HandlingTexts texts) {
        this.queries = queries;
        this.assignments = assignments;
        this.handling = handling;
        this.texts = texts;
    }

    @GetMapping
    String show(@PathVariable long proposalId, Model model) {
        return page(proposalId, model);
    }

    @PostMapping("/contest")
    String contest(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("contestForm") ContestForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                proposalId,
                result,
                model,
                response,
                redirect,
                "contested",
                () -> assignments.contest(own(proposalId).id(), form.reason()));
    }

    @PostMapping("/extension")
    String extension(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("extensionForm") ExtensionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                proposalId,
                result,
                model,
                response,
                redirect,
                "extension-requested",
                () -> assignments.requestExtension(own(proposalId).id(), form.until(), form.reason()));
    }

    @PostMapping("/opinion")
    String opinion(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("opinionForm") OpinionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                proposalId,
                result,
                model,
                response,
                redirect,
                "opinion-sent",
                () -> handling.sendOpinion(proposalId, form.text()));
    }

    @PostMapping("/reply-draft")
    String replyDraft(
            @PathVariable long proposalId,
            @Valid @ModelAttribute("replyForm") ReplyForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                proposalId,
                result,
                model,
                response,
                redirect,
                "draft-saved",
                () -> handling.saveReplyDraft(proposalId, form.draft()));
    }

    @PostMapping("/countersign")
    String countersign(@PathVariable long proposalId, RedirectAttributes redirect) {
        handling.countersign(proposalId);
        return done(proposalId, redirect, "countersigned");
    }

    @PostMapping("/reply")
    String sendReply(@PathVariable long proposalId, RedirectAttributes redirect) {
        handling.submitReply(proposalId);
        return done(proposalId, redirect, "reply-sent");
    }

    /** Runs a form's step: bad input or a refusal shows the page again (400/409) and nothing is saved. */
    private String act(
            long proposalId,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String done,
            Runnable step) {
        if (result.hasErrors()) {
            HandlingTexts.invalid(response);
            return page(proposalId, model);
        }
        try {
            step.run();
        } catch (XieshangException e) {
            HandlingTexts.refused(e, result, response);
            return page(proposalId, model);
        }
        return done(proposalId, redirect, done);
    }

    private String done(long proposalId, RedirectAttributes redirect, String what) {
        redirect.addFlashAttribute("flash", texts.get("proposal.handling.unit.done." + what));
        return "redirect:/proposals/unit/" + proposalId;
    }

    private String page(long proposalId, Model model) {
        ProposalDetails details = queries.details(proposalId);
        Optional<ProposalDetails.Assignment> own = ownOf(details);
        model.addAttribute("p", details);
        model.addAttribute("own", own.orElse(null));
        model.addAttribute("draft", own.flatMap(a -> currentReply(details, a)).orElse(null));
        model.addAttribute("replyClasses", Arrays.asList(ReplyClass.values()));
        model.addAttribute("today", UnitWorkbenchController.today());
        for (String form : FORMS) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, blank(form, model));
            }
        }
        return "proposal/unit/handling";
    }

    /** Blank forms; the reply form starts from the unit's current draft so a revision edits it. */
    private static Object blank(String form, Model model) {
        return switch (form) {
            case "contestForm" -> new ContestForm(null);
            case "extensionForm" -> new ExtensionForm(null, null);
            case "opinionForm" -> new OpinionForm(null);
            default -> {
                ProposalDetails.Reply r = (ProposalDetails.Reply) model.getAttribute("draft");
                yield r == null || r.status() != ReplyStatus.DRAFT
                        ? new ReplyForm(null, null, null, null)
                        : new ReplyForm(r.replyClass(), r.letter(), r.documentNumber(), r.signer());
            }
        };
    }

    private ProposalDetails.Assignment own(long proposalId) {
        return ownOf(queries.details(proposalId))
                .orElseThrow(
                        () -> new XieshangException(XieshangException.Kind.FORBIDDEN, "proposal.role.not-assigned"));
    }

    private static Optional<ProposalDetails.Assignment> ownOf(ProposalDetails details) {
        Long unit = Actor.required().handlingUnitId().orElse(null);
        return details.assignments().stream()
                .filter(a -> unit != null
                        && a.unitId() == unit
                        && a.status() != org.xieshang.proposal.AssignmentStatus.WITHDRAWN)
                .findFirst();
    }

    private static Optional<ProposalDetails.Reply> currentReply(ProposalDetails details, ProposalDetails.Assignment a) {
        return details.replies().stream()
                .filter(r -> r.assignmentId() == a.id() && r.round() == a.round())
                .findFirst();
    }
}
