package org.xieshang.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.organisation.domain.Committee;
import org.xieshang.organisation.domain.CommitteeManagement;
import org.xieshang.organisation.domain.TermManagement;
import org.xieshang.shared.XieshangException;

/** The committee tree, a committee's overview (facts, terms and meetings, counts), and the committee forms. */
@Controller
class CommitteeController {

    private final CommitteeManagement committees;
    private final TermManagement terms;
    private final Texts texts;

    CommitteeController(CommitteeManagement committees, TermManagement terms, Texts texts) {
        this.committees = committees;
        this.terms = terms;
        this.texts = texts;
    }

    @GetMapping("/organisation")
    @PreAuthorize("hasAuthority('organisation:read')")
    String tree(Model model) {
        model.addAttribute("roots", CommitteeNode.forest(committees.visible()));
        return "organisation/committees";
    }

    @GetMapping("/organisation/committees/{id}")
    @PreAuthorize("hasAuthority('organisation:read')")
    String committee(@PathVariable long id, Model model) {
        Committee committee = committees.get(id);
        model.addAttribute("committee", committee);
        model.addAttribute("figures", committees.figures(id));
        model.addAttribute("terms", terms.terms(id));
        model.addAttribute("parent", committees.parent(committee).orElse(null));
        model.addAttribute("children", committees.children(id));
        return "organisation/committee";
    }

    @GetMapping("/organisation/committees/{parentId}/children/new")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String newChild(@PathVariable long parentId, Model model) {
        Committee parent = committees.get(parentId);
        return form(model, parent, null, CommitteeForm.below(parent));
    }

    @PostMapping("/organisation/committees/{parentId}/children")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String createChild(
            @PathVariable long parentId,
            @Valid @ModelAttribute("form") CommitteeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Committee parent = committees.get(parentId);
        if (result.hasErrors()) {
            Pages.invalid(response);
            return form(model, parent, null, form);
        }
        try {
            long id = committees.create(parentId, form.level(), form.details());
            texts.created(redirect);
            return "redirect:/organisation/committees/" + id;
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, parent, null, form);
        }
    }

    @GetMapping("/organisation/committees/{id}/edit")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String edit(@PathVariable long id, Model model) {
        Committee committee = committees.get(id);
        return form(model, null, committee, CommitteeForm.of(committee));
    }

    @PostMapping("/organisation/committees/{id}")
    @PreAuthorize("hasAuthority('organisation:manage')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") CommitteeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Committee committee = committees.get(id);
        if (result.hasErrors() || Pages.withoutVersion(form.version(), result)) {
            Pages.invalid(response);
            return form(model, null, committee, form);
        }
        try {
            committees.update(id, form.version(), form.details());
            texts.saved(redirect);
            return "redirect:/organisation/committees/" + id;
        } catch (XieshangException e) {
            Pages.refused(e, result, response);
            return form(model, null, committee, form);
        }
    }

    private static String form(Model model, Committee parent, Committee committee, CommitteeForm form) {
        model.addAttribute("parent", parent);
        model.addAttribute("committee", committee);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        return "organisation/committee-form";
    }
}
