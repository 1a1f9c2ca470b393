package org.xieshang.opinion.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xieshang.opinion.AttachmentView;
import org.xieshang.opinion.OpinionAttachments;
import org.xieshang.shared.InvalidInput;

/** Attachments of a report: upload (multipart field {@code file}), download as an attachment, removal. */
@RestController
@RequestMapping("/api/v1/opinion-reports/{id}/attachments")
class OpinionAttachmentApi {

    private final OpinionAttachments attachments;

    OpinionAttachmentApi(OpinionAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('opinion:submit')")
    AttachmentView upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "opinion.attachment-missing");
        }
        try {
            return attachments.attach(id, file.getOriginalFilename(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/{attachmentId}")
    @PreAuthorize("hasAuthority('opinion:read')")
    void download(@PathVariable long id, @PathVariable long attachmentId, HttpServletResponse response)
            throws IOException {
        attachments.send(id, attachmentId, response);
    }

    @DeleteMapping("/{attachmentId}")
    @PreAuthorize("hasAuthority('opinion:submit')")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long attachmentId) {
        attachments.remove(id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
