package org.xieshang.opinion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Spreadsheet;

/** The Excel export every report list of the pages shares: the core's filtered list, one row per report, audited. */
@Component
public class ReportListing {

    private final OpinionQueries queries;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    ReportListing(OpinionQueries queries, AuditTrail audit, OpinionTexts texts) {
        this.queries = queries;
        this.audit = audit;
        this.texts = texts;
    }

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
