package org.xieshang.opinion;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the module ({@code xieshang.opinion.*}): the length past which a report gets a warning (not a refusal),
 * and what attachments are accepted.
 */
@ConfigurationProperties("xieshang.opinion")
public record OpinionSettings(int lengthWarning, long maxAttachmentBytes, List<String> attachmentTypes) {

    public OpinionSettings {
        lengthWarning = lengthWarning <= 0 ? 1500 : lengthWarning;
        maxAttachmentBytes = maxAttachmentBytes <= 0 ? 10L * 1024 * 1024 : maxAttachmentBytes;
        attachmentTypes = attachmentTypes == null || attachmentTypes.isEmpty()
                ? List.of("pdf", "doc", "docx", "wps", "xls", "xlsx", "jpg", "jpeg", "png", "txt")
                : List.copyOf(attachmentTypes);
    }
}
