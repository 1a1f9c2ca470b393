package org.xieshang.opinion.web.office;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.OpinionEditing;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.search.SimilarReports;
import org.xieshang.opinion.web.office.ActionForms.EditForm;
import org.xieshang.opinion.web.office.ActionForms.ReasonForm;
import org.xieshang.shared.InvalidInput;

/**
 * A report's page, and the information office's work on it: the 核稿 form (the edited text beside the original),
 * sign-off 签发, acceptance 录用 and keeping on file 留存 with a reason. A refused form is shown again with status 400.
 */
@Controller
class ReportPageController {

    private final OpinionQueries queries;
    private final OpinionEditing editing;
    private final ReportPage page;
    private final OpinionTexts texts;
    private final SimilarReports similar;

    ReportPageController(
            OpinionQueries queries,
            OpinionEditing editing,
            ReportPage page,
            OpinionTexts texts,
            SimilarReports similar) {
        this.queries = queries;
        this.editing = editing;
        this.page = page;
        this.texts = texts;
        this.similar = similar;
    }

    @GetMapping("/opinion/reports/{id:\\d+}")
    @PreAuthorize("hasAuthority('opinion:read')")
    String report(@PathVariable long id, Model model) {
        return page.show(id, model);
    }

    @GetMapping("/opinion/reports/{id:\\d+}/review")
    @PreAuthorize("hasAuthority('opinion:edit')")
    String reviewForm(@PathVariable long id, Model model) {
        ReportDetail r = queries.detail(id);
        ReportDetail.Edit e = r.edit();
        EditForm form = new EditForm(
                e.title() != null ? e.title() : texts.get("opinion.pages.review.title-default", r.title()),
                e.body() != null ? e.body() : r.facts() + "\n\n" + r.analysis(),
                e.suggestions() != null ? e.suggestions() : r.suggestions(),
                r.version());
        return review(model, r, form);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/review")
    @PreAuthorize("hasAuthority('opinion:edit')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") EditForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                editing.edit(id, form.version(), new EditedText(form.title(), form.body(), form.suggestions()));
                flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.edited"));
                return "redirect:/opinion/reports/" + id;
            } catch (InvalidInput e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), texts.get(e.messageKey(), e.args()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return review(model, queries.detail(id), form);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/sign-off")
    @PreAuthorize("hasAuthority('opinion:edit')")
    String signOff(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        editing.signOff(id, version);
        return done(id, "opinion.pages.flash.signed-off", flash);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/accept")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String accept(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        editing.accept(id, version);
        return done(id, "opinion.pages.flash.accepted", flash);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/file")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String keepOnFile(
            @PathVariable long id,
            @Valid @ModelAttribute("fileForm") ReasonForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page.show(id, model);
        }
        editing.keepOnFile(id, form.version(), form.reason());
        return done(id, "opinion.pages.flash.filed", flash);
    }

    private String review(Model model, ReportDetail report, EditForm form) {
        model.addAttribute("report", report);
        model.addAttribute("form", form);
        model.addAttribute("similar", similar.to(report));
        return "opinion/review";
    }

    private String done(long id, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", texts.get(key));
        return "redirect:/opinion/reports/" + id;
    }
}
