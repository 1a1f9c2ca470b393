package org.xieshang.opinion.web.submit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OpinionSubmission;
import org.xieshang.opinion.OpinionSubmission.Submitted;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.XieshangException;

/**
 * Writing a report: 暂存 keeps a draft, 提交 submits it (the running number is shown after). Bad input re-shows the
 * form with status 400 and saves nothing, an unacceptable attachment included; past the length limit the report is
 * still saved, with a warning.
 */
@Controller
@PreAuthorize("hasAuthority('opinion:submit')")
class ReportFormController {

    private final OpinionSubmission submission;
    private final OpinionQueries queries;
    private final ReportFormModel formModel;
    private final Uploads uploads;
    private final OpinionTexts texts;

    ReportFormController(
            OpinionSubmission submission,
            OpinionQueries queries,
            ReportFormModel formModel,
            Uploads uploads,
            OpinionTexts texts) {
        this.submission = submission;
        this.queries = queries;
        this.formModel = formModel;
        this.uploads = uploads;
        this.texts = texts;
    }

    @GetMapping("/opinion/reports/new")
    String createForm(Model model) {
        return formModel.show(model, ReportForm.empty(Actor.required()), null);
    }

    @PostMapping("/opinion/reports/new")
    String create(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) MultipartFile attachment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws BindException {
        checkConvertible(form, result);
        uploads.check(attachment, result);
        if (!result.hasErrors()) {
            try {
                ReportContent content = form.content(Actor.required());
                long id = submission.createDraft(content);
                return afterSave(id, 0, content, action, attachment, flash);
            } catch (InvalidInput e) {
                formModel.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formModel.show(model, form, null);
    }

    @GetMapping("/opinion/reports/{id:\\d+}/draft")
    String editForm(@PathVariable long id, Model model) {
        ReportDetail detail = draft(id);
        return formModel.show(model, ReportForm.of(detail), detail);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/draft")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) MultipartFile attachment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash)
            throws BindException {
        ReportDetail detail = draft(id);
        checkConvertible(form, result);
        uploads.check(attachment, result);
        if (!result.hasErrors()) {
            try {
                ReportContent content = form.content(Actor.required());
                submission.updateDraft(id, form.versionOrZero(), content);
                return afterSave(id, form.versionOrZero() + 1, content, action, attachment, flash);
            } catch (InvalidInput e) {
                formModel.reject(result, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formModel.show(model, form, detail);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/discard")
    String discard(@PathVariable long id, @RequestParam int version, RedirectAttributes flash) {
        submission.discardDraft(id, version);
        flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.discarded"));
        return "redirect:/opinion/mine";
    }

    /** Saved as a draft; the attachment stored; when asked, submitted. A refused submission keeps the draft. */
    private String afterSave(
            long id,
            int version,
            ReportContent content,
            String action,
            MultipartFile attachment,
            RedirectAttributes flash) {
        String warning = formModel.lengthWarning(content.length());
        try {
            uploads.store(id, attachment);
        } catch (InvalidInput e) {
            // the content did not match its type: the report is kept, the file is not
            warning = texts.get(e.messageKey(), e.args());
        }
        flash.addFlashAttribute("flashError", warning);
        if (!"submit".equals(action)) {
            flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.saved"));
            return "redirect:/opinion/reports/" + id + "/draft";
        }
        try {
            Submitted submitted = submission.submit(id, version);
            flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.submitted", submitted.serialNumber()));
            return "redirect:/opinion/reports/" + id;
        } catch (XieshangException e) {
            flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.saved"));
            flash.addFlashAttribute("flashError", texts.get(e.messageKey(), e.args()));
            return "redirect:/opinion/reports/" + id + "/draft";
        }
    }

    private ReportDetail draft(long id) {
        ReportDetail detail = queries.detail(id);
        if (detail.state() != OpinionState.DRAFT) {
            throw new org.xieshang.opinion.OpinionProblems.NotADraft();
        }
        return detail;
    }

    /** A value that cannot even be converted (a forged request) gets the error page, 400. */
    private static void checkConvertible(ReportForm form, BindingResult result) throws BindException {
        if (form == null || result.getTarget() == null) {
            throw new BindException(result);
        }
    }
}
