package org.xieshang.opinion.web.submit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.xieshang.opinion.OpinionAttachments;
import org.xieshang.opinion.OpinionSettings;

/**
 * Attachments sent with the report form. Their type and size are checked before anything is saved, so a bad file
 * leaves no half-saved report; the core checks the content again when it stores the file.
 */
@Component
class Uploads {

    private final OpinionAttachments attachments;
    private final OpinionSettings settings;

    Uploads(OpinionAttachments attachments, OpinionSettings settings) {
        this.attachments = attachments;
        this.settings = settings;
    }

    void check(MultipartFile file, BindingResult result) {
        if (file == null || file.isEmpty()) {
            return;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!settings.attachmentTypes().contains(extension)) {
            String types = String.join(", ", settings.attachmentTypes());
            result.reject("error.opinion.attachment-type", new Object[] {types}, null);
        } else if (file.getSize() > settings.maxAttachmentBytes()) {
            long mb = settings.maxAttachmentBytes() / 1024 / 1024;
            result.reject("error.opinion.attachment-size", new Object[] {mb}, null);
        }
    }

    void store(long reportId, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        try {
            attachments.attach(reportId, file.getOriginalFilename(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
