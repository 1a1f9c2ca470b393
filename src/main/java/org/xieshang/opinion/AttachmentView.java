package org.xieshang.opinion;

import java.time.OffsetDateTime;

/** An attachment's metadata; the file itself is stored under the data folder. */
public record AttachmentView(
        long id, long reportId, String fileName, String contentType, long sizeBytes, OffsetDateTime uploadedAt) {}
