package org.xieshang.opinion.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.IssueView;
import org.xieshang.opinion.OpinionIssues;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Downloads;

/** An issue of 《社情民意》 as Word, for whoever may read the issue (the core's view applies the data scope). */
@Controller
class IssueDocumentController {

    private final OpinionIssues issues;
    private final IssueDocument document;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    IssueDocumentController(OpinionIssues issues, IssueDocument document, AuditTrail audit, OpinionTexts texts) {
        this.issues = issues;
        this.document = document;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping("/opinion/issues/{id:\\d+}.docx")
    @PreAuthorize("hasAuthority('opinion:read')")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        IssueView issue = issues.view(id);
        String name = (issue.number() == null
                        ? texts.get("opinion.docx.file-draft", issue.year())
                        : texts.get("opinion.docx.file", issue.year(), issue.number()))
                + ".docx";
        audit.record(AuditAction.EXPORT, "opinion-issue", id, texts.get("opinion.docx.exported", name), null, null);
        Downloads.attachment(response, Downloads.DOCX, "opinion-issue-" + id + ".docx", name);
        document.write(issue, response.getOutputStream());
    }
}
