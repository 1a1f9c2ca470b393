package org.xieshang.opinion;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Spreadsheet;

/**
 * The Excel export every report list shares, pages and API alike: the filtered list, one row per report, audited in
 * the transaction that reads it.
 */
@Service
public class OpinionReportExport {

    private final OpinionQueries queries;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    OpinionReportExport(OpinionQueries queries, AuditTrail audit, OpinionTexts texts) {
        this.queries = queries;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public void export(HttpServletResponse response, ReportFilter filter) throws IOException {
        audit.record(
                AuditAction.EXPORT,
                OpinionTexts.AUDIT_TYPE,
                null,
                texts.get("opinion.audit.exported"),
                null,
                filter.parameters());
        List<String> headers = Stream.of(
                        "serial",
                        "year",
                        "state",
                        "title",
                        "category",
                        "submitterType",
                        "unit",
                        "authors",
                        "origin",
                        "submittedAt")
                .map(h -> texts.get("opinion.export." + h))
                .toList();
        Spreadsheet.download(
                response,
                texts.get("opinion.export.file"),
                texts.get("opinion.export.sheet"),
                headers,
                sink -> queries.forEach(
                        filter,
                        r -> sink.row(Arrays.asList(
                                r.serialNumber(),
                                r.year(),
                                texts.get(r.state().messageKey()),
                                r.title(),
                                r.category(),
                                texts.get(r.submitterType().messageKey()),
                                r.unitName(),
                                r.authorNames(),
                                r.originCommitteeName(),
                                r.submittedAt()))));
    }
}
