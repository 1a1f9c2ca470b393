package org.xieshang.member.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.member.domain.CommitteeCatalogue;
import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.InvalidMemberProfile;
import org.xieshang.member.domain.Member;
import org.xieshang.member.domain.MemberManagement;
import org.xieshang.member.domain.MemberSettings;
import org.xieshang.member.domain.MemberTexts;
import org.xieshang.member.domain.TermRef;
import org.xieshang.member.domain.Violation;
import org.xieshang.shared.Actor;

/** A member's page, and the forms to register and edit members (re-shown with each field's problem). */
@Controller
@RequestMapping("/members")
class MemberController {

    private static final String FORM = "member/form";

    private final MemberManagement management;
    private final CommitteeCatalogue catalogue;
    private final CommitteeChoices committees;
    private final MemberSettings settings;
    private final MemberTexts texts;

    MemberController(
            MemberManagement management,
            CommitteeCatalogue catalogue,
            CommitteeChoices committees,
            MemberSettings settings,
            MemberTexts texts) {
        this.management = management;
        this.catalogue = catalogue;
        this.committees = committees;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('member:read')")
    String show(@PathVariable long id, Model model) {
        Member member = management.get(id);
        CommitteeReferences refs = catalogue.of(member.committeeId());
        var termIds = management.termIds(id);
        model.addAttribute("member", member);
        model.addAttribute("refs", refs);
        model.addAttribute("committeeName", committees.name(member.committeeId()));
        model.addAttribute(
                "terms",
                refs.terms().stream()
                        .filter(t -> termIds.contains(t.id()))
                        .map(TermRef::number)
                        .toList());
        model.addAttribute("canManage", Actor.required().hasPermission("member:manage"));
        return "member/member";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('member:manage')")
    String newMember(@RequestParam(required = false) Long committee, Model model) {
        long committeeId = management.writableCommittee(committee);
        CommitteeReferences refs = catalogue.of(committeeId);
        model.addAttribute(
                "form",
                MemberForm.blank(
                        committeeId, refs.currentTerm().map(TermRef::id).orElse(null)));
        model.addAttribute("committees", committees.visible());
        return showForm(committeeId, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('member:manage')")
    String create(
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        long committeeId = management.writableCommittee(form.committeeId());
        if (!result.hasErrors()) {
            try {
                long id = management.register(committeeId, form.profile());
                redirect.addFlashAttribute("flash", texts.get("member.flash.registered", form.name()));
                return "redirect:/members/" + id;
            } catch (InvalidMemberProfile e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("committees", committees.visible());
        return showForm(committeeId, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('member:manage')")
    String edit(@PathVariable long id, Model model) {
        Member member = management.get(id);
        model.addAttribute("form", MemberForm.of(member, management.termIds(id)));
        model.addAttribute("memberId", id);
        return showForm(member.committeeId(), model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('member:manage')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Member member = management.get(id);
        if (!result.hasErrors()) {
            try {
                management.update(id, form.version() == null ? -1 : form.version(), form.profile());
                redirect.addFlashAttribute("flash", texts.get("member.flash.updated", form.name()));
                return "redirect:/members/" + id;
            } catch (InvalidMemberProfile e) {
                reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("memberId", id);
        return showForm(member.committeeId(), model);
    }

    @PostMapping("/{id}/active")
    @PreAuthorize("hasAuthority('member:manage')")
    String setActive(
            @PathVariable long id,
            @RequestParam boolean active,
            @RequestParam int version,
            RedirectAttributes redirect) {
        Member member = management.get(id);
        management.setActive(id, version, active);
        String key = active ? "member.flash.reactivated" : "member.flash.deactivated";
        redirect.addFlashAttribute("flash", texts.get(key, member.name()));
        return "redirect:/members/" + id;
    }

    private String showForm(long committeeId, Model model) {
        model.addAttribute(
                "options", FormOptions.of(committees.name(committeeId), catalogue.of(committeeId), settings));
        return FORM;
    }

    /** The domain's problems shown at their fields, like the form's own validation messages. */
    private void reject(BindingResult result, InvalidMemberProfile e) {
        for (Violation v : e.violations()) {
            result.addError(new FieldError(result.getObjectName(), v.field(), null, false, null, null, texts.of(v)));
        }
    }
}
