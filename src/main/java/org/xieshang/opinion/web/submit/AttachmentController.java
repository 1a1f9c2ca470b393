package org.xieshang.opinion.web.submit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.opinion.OpinionAttachments;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.shared.InvalidInput;

/** Attachments from the pages: add one to a draft (or, for the office, to any report), remove one, download one. */
@Controller
class AttachmentController {

    private final OpinionAttachments attachments;
    private final OpinionTexts texts;

    AttachmentController(OpinionAttachments attachments, OpinionTexts texts) {
        this.attachments = attachments;
        this.texts = texts;
    }

    @PostMapping("/opinion/reports/{id:\\d+}/attachments")
    @PreAuthorize("hasAuthority('opinion:submit')")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile attachment,
            @RequestParam(defaultValue = "report") String back,
            RedirectAttributes flash)
            throws IOException {
        if (attachment == null || attachment.isEmpty()) {
            throw new InvalidInput("attachment", "opinion.attachment-missing");
        }
        attachments.attach(id, attachment.getOriginalFilename(), attachment.getInputStream());
        flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.attached"));
        return redirect(id, back);
    }

    @PostMapping("/opinion/reports/{id:\\d+}/attachments/{attachmentId:\\d+}/remove")
    @PreAuthorize("hasAuthority('opinion:submit')")
    String remove(
            @PathVariable long id,
            @PathVariable long attachmentId,
            @RequestParam(defaultValue = "report") String back,
            RedirectAttributes flash) {
        attachments.remove(id, attachmentId);
        flash.addFlashAttribute("flash", texts.get("opinion.pages.flash.attachment-removed"));
        return redirect(id, back);
    }

    @GetMapping("/opinion/reports/{id:\\d+}/attachments/{attachmentId:\\d+}")
    @PreAuthorize("hasAuthority('opinion:read')")
    void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response)
            throws IOException {
        attachments.send(id, attachmentId, response);
    }

    private static String redirect(long id, String back) {
        return "draft".equals(back) ? "redirect:/opinion/reports/" + id + "/draft" : "redirect:/opinion/reports/" + id;
    }
}
