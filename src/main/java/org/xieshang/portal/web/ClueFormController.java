package org.xieshang.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.portal.domain.PortalService;
import org.xieshang.portal.domain.TooManyClues;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PublicEndpoint;

/**
 * The public clue form. Bad input re-shows the form with a message per field (400) and saves nothing; too many clues
 * from one address or contact re-shows it with the limit named (429).
 */
@Controller
@PublicEndpoint
class ClueFormController {

    private final PortalService portal;
    private final MessageSource messages;

    ClueFormController(PortalService portal, MessageSource messages) {
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping("/portal/clues/new")
    String form(@RequestParam(required = false) Long committee, Model model) {
        model.addAttribute("committee", portal.committee(committee));
        model.addAttribute("form", ClueForm.empty());
        return "portal/clue-form";
    }

    @PostMapping("/portal/clues/new")
    String submit(
            @RequestParam(required = false) Long committee,
            @Valid @ModelAttribute("form") ClueForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Model model) {
        CommitteeView shown = portal.committee(committee);
        model.addAttribute("committee", shown);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "portal/clue-form";
        }
        try {
            portal.submitClue(shown.id(), request.getRemoteAddr(), form.toClue());
        } catch (TooManyClues e) {
            response.setStatus(429);
            model.addAttribute(
                    "limitMessage", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return "portal/clue-form";
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors.rejectValue(
                    e.field(),
                    e.code(),
                    e.args(),
                    messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return "portal/clue-form";
        }
        redirect.addFlashAttribute(
                "flash", messages.getMessage("portal.clue.thanks", null, LocaleContextHolder.getLocale()));
        return committee == null ? "redirect:/portal" : "redirect:/portal?committee=" + shown.id();
    }
}
