package org.xieshang.opinion;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionProblems.NotADraft;
import org.xieshang.opinion.domain.AttachmentStore;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.ReportScope;
import org.xieshang.platform.Downloads;
import org.xieshang.shared.InvalidInput;

/**
 * Attachments of a report (metadata in the database, the file under the data folder). The creator adds or removes
 * them while the report is a draft; the information office at any time.
 */
@Service
@Transactional
public class OpinionAttachments {

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final AttachmentStore store;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    OpinionAttachments(
            JdbcClient jdbc, ReportAccess access, AttachmentStore store, AuditTrail audit, OpinionTexts texts) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
        this.audit = audit;
        this.texts = texts;
    }

    /** A stored file ready to send: its original name, checked media type and location. */
    public record AttachmentFile(String fileName, String contentType, long size, Path path) {}

    public AttachmentView attach(long reportId, String fileName, InputStream content) {
        OpinionReport report = changeable(reportId);
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidInput("file", "opinion.attachment-name");
        }
        String name = Path.of(fileName.replace('\\', '/')).getFileName().toString();
        AttachmentStore.Stored stored = store.store(report.committeeId(), name, content);
        long id = jdbc.sql("""
                insert into opinion_attachment (committee_id, report_id, file_name, content_type, size_bytes,
                    storage_path, uploaded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        report.committeeId(),
                        reportId,
                        name,
                        stored.contentType(),
                        stored.size(),
                        stored.storagePath(),
                        ReportScope.current().userId())
                .query(Long.class)
                .single();
        audit.recordIn(
                report.committeeId(),
                AuditAction.CREATE,
                "opinion-attachment",
                id,
                texts.get("opinion.audit.attached", name, report.publishedTitle()),
                null,
                Map.of("fileName", name, "size", stored.size(), "reportId", reportId));
        return jdbc.sql("select id, report_id, file_name, content_type, size_bytes, uploaded_at"
                        + " from opinion_attachment where id = ?")
                .param(id)
                .query(AttachmentView.class)
                .single();
    }

    @Transactional(readOnly = true)
    public AttachmentFile file(long reportId, long attachmentId) {
        access.visible(reportId);
        Row row = row(reportId, attachmentId);
        return new AttachmentFile(row.fileName(), row.contentType(), row.sizeBytes(), store.path(row.storagePath()));
    }

    /** Sends the file as a download, never shown inline: it came from a user. */
    @Transactional(readOnly = true)
    public void send(long reportId, long attachmentId, HttpServletResponse response) throws IOException {
        AttachmentFile file = file(reportId, attachmentId);
        Downloads.attachment(response, file.contentType(), "attachment", file.fileName());
        response.setContentLengthLong(file.size());
        Files.copy(file.path(), response.getOutputStream());
    }

    public void remove(long reportId, long attachmentId) {
        OpinionReport report = changeable(reportId);
        Row row = row(reportId, attachmentId);
        jdbc.sql("delete from opinion_attachment where id = ?")
                .param(attachmentId)
                .update();
        store.delete(row.storagePath());
        audit.recordIn(
                report.committeeId(),
                AuditAction.DELETE,
                "opinion-attachment",
                attachmentId,
                texts.get("opinion.audit.attachment-removed", row.fileName(), report.publishedTitle()),
                Map.of("fileName", row.fileName()),
                null);
    }

    private record Row(String fileName, String contentType, long sizeBytes, String storagePath) {}

    private Row row(long reportId, long attachmentId) {
        return jdbc.sql("select file_name, content_type, size_bytes, storage_path from opinion_attachment"
                        + " where id = ? and report_id = ?")
                .params(attachmentId, reportId)
                .query(Row.class)
                .optional()
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.ATTACHMENT, attachmentId));
    }

    private OpinionReport changeable(long reportId) {
        ReportScope scope = ReportScope.current();
        OpinionReport report = access.visible(reportId, scope);
        if (scope.wholeCommittee()) {
            return report;
        }
        if (!Objects.equals(report.row().createdBy(), scope.userId())) {
            throw OpinionProblems.missing(OpinionProblems.REPORT, reportId);
        }
        if (report.state() != OpinionState.DRAFT) {
            throw new NotADraft();
        }
        return report;
    }
}
