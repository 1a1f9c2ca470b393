package org.xieshang.proposal.web.member;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalSubmission;
import org.xieshang.proposal.ProposalSubmission.Saved;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.XieshangException;

/**
 * Writing a proposal: 暂存 keeps an incomplete draft, 提交 also submits it (the running number is shown after).
 * Field errors re-show the form with status 400 and save nothing; a long text gets a warning, never a refusal.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:submit')")
class ProposalFormController {

    private final ProposalSubmission submission;
    private final ProposalQueries queries;
    private final ProposalNames names;
    private final ProposalSettings settings;
    private final MessageSource messages;

    ProposalFormController(
            ProposalSubmission submission,
            ProposalQueries queries,
            ProposalNames names,
            ProposalSettings settings,
            MessageSource messages) {
        this.submission = submission;
        this.queries = queries;
        this.names = names;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/proposals/new")
    String createForm(Model model) {
        return form(model, ProposalForm.empty(), null);
    }

    @PostMapping("/proposals/new")
    String create(
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws org.springframework.validation.BindException {
        checkForSubmission(form, action, result);
        if (!result.hasErrors()) {
            try {
                Saved saved = submission.create(form.draft());
                return afterSave(saved, action, flash);
            } catch (InvalidInput e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, null);
    }

    @GetMapping("/proposals/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        ProposalDetails details = queries.details(id);
        return form(model, ProposalForm.of(details), details);
    }

    @PostMapping("/proposals/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws org.springframework.validation.BindException {
        ProposalDetails details = queries.details(id);
        checkForSubmission(form, action, result);
        if (!result.hasErrors()) {
            try {
                Saved saved = submission.update(id, form.versionOrZero(), form.draft());
                return afterSave(saved, action, flash);
            } catch (InvalidInput e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, form, details);
    }

    /** Saved; when asked, submitted too. A refused submission leaves the saved draft and says why. */
    private String afterSave(Saved saved, String action, RedirectAttributes flash) {
        String warning = saved.overLengthLimit()
                ? names.text("proposal.pages.lengthWarning", saved.length(), saved.lengthLimit())
                : null;
        if (!"submit".equals(action)) {
            flash.addFlashAttribute("flash", names.text("proposal.pages.flash.saved"));
            flash.addFlashAttribute("flashError", warning);
            return "redirect:/proposals/" + saved.id() + "/edit";
        }
        try {
            ProposalSubmission.Submitted submitted = submission.submit(saved.id());
            flash.addFlashAttribute("flash", names.text("proposal.pages.flash.submitted", submitted.runningNo()));
            flash.addFlashAttribute("flashError", warning);
        } catch (XieshangException e) {
            flash.addFlashAttribute("flash", names.text("proposal.pages.flash.saved"));
            flash.addFlashAttribute("flashError", message(e));
        }
        return "redirect:/proposals/" + saved.id();
    }

    /** What a submission needs beyond a draft: the text, a category, the collective proposer and the non-disclosure reason. */
    private static void checkForSubmission(ProposalForm form, String action, BindingResult result)
            throws org.springframework.validation.BindException {
        if (form == null || result.getTarget() == null) {
            // a value that cannot even be converted (a forged request): the error page, 400
            throw new org.springframework.validation.BindException(result);
        }
        if (form.kind() == ProposalKind.COLLECTIVE && form.collectiveProposer() == null) {
            result.rejectValue("collectiveProposer", "proposal.pages.error.collectiveProposer");
        }
        if (form.kind() == ProposalKind.COLLECTIVE
                && form.collectiveProposer() == CollectiveProposer.PARTY
                && form.partyOrganisationId() == null) {
            result.rejectValue("partyOrganisationId", "proposal.pages.error.party");
        }
        if (!form.consents() && blank(form.disclosureReason())) {
            result.rejectValue("disclosureReason", "proposal.pages.error.disclosureReason");
        }
        if (form.kind() == ProposalKind.JOINT
                && (form.coSignerMemberIds() == null || form.coSignerMemberIds().isEmpty())) {
            result.rejectValue("coSignerMemberIds", "error.proposal.joint-needs-co-signers");
        }
        if (!"submit".equals(action)) {
            return;
        }
        if (blank(form.grounds())) {
            result.rejectValue("grounds", "proposal.pages.error.grounds");
        }
        if (blank(form.suggestions())) {
            result.rejectValue("suggestions", "proposal.pages.error.suggestions");
        }
        if (blank(form.category())) {
            result.rejectValue("category", "proposal.pages.error.category");
        }
        if (form.kind() == ProposalKind.COLLECTIVE && blank(form.contactName())) {
            result.rejectValue("contactName", "proposal.pages.error.contactName");
        }
    }

    private void reject(BindingResult result, InvalidInput e) {
        String field = e.field();
        String target = field != null && result.getFieldType(field) != null ? field : null;
        if (target == null) {
            result.reject(e.messageKey(), e.args(), message(e));
        } else {
            result.rejectValue(target, e.messageKey(), e.args(), message(e));
        }
    }

    private String form(Model model, ProposalForm form, ProposalDetails details) {
        long committeeId = details == null
                ? Actor.required().committeeId()
                : details.summary().committeeId();
        model.addAttribute("form", form);
        model.addAttribute("proposal", details);
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("collectiveProposers", CollectiveProposer.values());
        model.addAttribute("categories", settings.categories());
        model.addAttribute("units", names.units(committeeId));
        model.addAttribute("parties", names.partyOrganisations(committeeId));
        long me = Actor.required().memberId().orElse(-1L);
        model.addAttribute(
                "members",
                names.committeeMembers(committeeId).stream()
                        .filter(m -> m.id() != me)
                        .toList());
        var signers = details == null ? java.util.List.<ProposalDetails.Signer>of() : details.signers();
        model.addAttribute("signers", signers);
        model.addAttribute(
                "signerNames",
                names.members(
                        signers.stream().map(ProposalDetails.Signer::memberId).toList()));
        model.addAttribute("lengthLimit", settings.lengthWarning());
        return "proposal/member/form";
    }

    private String message(XieshangException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.SIMPLIFIED_CHINESE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
