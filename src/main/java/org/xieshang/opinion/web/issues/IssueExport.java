package org.xieshang.opinion.web.issues;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.IssueState;
import org.xieshang.opinion.IssueSummary;
import org.xieshang.opinion.OpinionIssues;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** The issue list as Excel, audited; issues are few (about a hundred a year), so they are read page by page. */
@Component
class IssueExport {

    private final OpinionIssues issues;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    IssueExport(OpinionIssues issues, AuditTrail audit, OpinionTexts texts) {
        this.issues = issues;
        this.audit = audit;
        this.texts = texts;
    }

    void write(HttpServletResponse response, Long committeeId, Integer year, IssueState state) throws IOException {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("committeeId", committeeId);
        filter.put("year", year);
        filter.put("state", state);
        audit.record(
                AuditAction.EXPORT, "opinion-issue", null, texts.get("opinion.pages.issues.exported"), null, filter);
        List<IssueSummary> rows = new ArrayList<>();
        PageSlice<IssueSummary> slice;
        int page = 1;
        do {
            slice = issues.list(committeeId, year, state, new Paging(page++, Paging.MAX_SIZE));
            rows.addAll(slice.items());
        } while (slice.hasNext());
        List<String> headers = List.of("year", "number", "state", "pieces", "reports", "publishedAt").stream()
                .map(h -> texts.get("opinion.pages.issues.column." + h))
                .toList();
        Spreadsheet.download(
                response,
                texts.get("opinion.pages.issues.file"),
                texts.get("opinion.pages.issues.sheet"),
                headers,
                sink -> rows.forEach(i -> sink.row(Arrays.asList(
                        i.year(),
                        i.number(),
                        texts.get(i.state().messageKey()),
                        i.pieceCount(),
                        i.reportCount(),
                        i.publishedAt()))));
    }
}
