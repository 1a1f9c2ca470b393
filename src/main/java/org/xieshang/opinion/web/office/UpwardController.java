package org.xieshang.opinion.web.office;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.AdoptionCommand;
import org.xieshang.opinion.InstructionCommand;
import org.xieshang.opinion.OpinionUpward;
import org.xieshang.opinion.UpwardView;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.web.office.ActionForms.AdoptionForm;
import org.xieshang.opinion.web.office.ActionForms.DepartmentForm;
import org.xieshang.opinion.web.office.ActionForms.InstructionForm;
import org.xieshang.opinion.web.office.ActionForms.RevokeForm;
import org.xieshang.opinion.web.office.ActionForms.UpwardForm;

/**
 * Reporting upward 报送 from the report's page, and what the upper level records on a report it received: adoption
 * (single, composite, forwarded), its revocation, leaders' instructions 批示 and adoption by departments. A refused
 * form is shown again on the report's page with status 400; nothing is saved.
 */
@Controller
@PreAuthorize("hasAuthority('opinion:manage')")
class UpwardController {

    private final OpinionUpward upward;
    private final ReportPage page;
    private final OpinionTexts texts;

    UpwardController(OpinionUpward upward, ReportPage page, OpinionTexts texts) {
        this.upward = upward;
        this.page = page;
        this.texts = texts;
    }

    @PostMapping("/opinion/reports/{id:\\d+}/report-upward")
    String reportUpward(
            @PathVariable long id,
            @Valid @ModelAttribute("upwardForm") UpwardForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return invalid(id, model, response);
        }
        UpwardView sent = upward.reportUpward(id, form.channel());
        flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.reported-upward", sent.targetCommitteeName()));
        return "redirect:/opinion/reports/" + id;
    }

    @PostMapping("/opinion/reports/{id:\\d+}/adoption")
    String adopt(
            @PathVariable long id,
            @Valid @ModelAttribute("adoptionForm") AdoptionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return invalid(id, model, response);
        }
        upward.recordAdoption(
                id,
                form.version(),
                new AdoptionCommand(form.kind(), form.departments(), form.note(), form.adoptedOn()));
        return done(id, "opinion.pages.flash.adopted", flash);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/adoption/revoke")
    String revoke(
            @PathVariable long id,
            @Valid @ModelAttribute("revokeForm") RevokeForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return invalid(id, model, response);
        }
        upward.revokeAdoption(id, form.version(), form.reason());
        return done(id, "opinion.pages.flash.revoked", flash);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/instructions")
    String instruct(
            @PathVariable long id,
            @Valid @ModelAttribute("instructionForm") InstructionForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return invalid(id, model, response);
        }
        upward.recordInstruction(
                id, new InstructionCommand(form.rank(), form.leaderTitle(), form.text(), form.instructedOn()));
        return done(id, "opinion.pages.flash.instructed", flash);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/department-adoptions")
    String department(
            @PathVariable long id,
            @Valid @ModelAttribute("departmentForm") DepartmentForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            return invalid(id, model, response);
        }
        upward.recordDepartmentAdoption(id, form.department(), form.adoptedOn());
        return done(id, "opinion.pages.flash.department-adopted", flash);
    }

    private String invalid(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page.show(id, model);
    }

    private String done(long id, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", texts.get(key));
        return "redirect:/opinion/reports/" + id;
    }
}
