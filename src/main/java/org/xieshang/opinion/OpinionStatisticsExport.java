package org.xieshang.opinion;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Spreadsheet;

/** The statistics of a committee and year as an Excel download, audited: one path for the page and the API. */
@Service
public class OpinionStatisticsExport {

    private final OpinionStatistics statistics;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    OpinionStatisticsExport(OpinionStatistics statistics, AuditTrail audit, OpinionTexts texts) {
        this.statistics = statistics;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public void download(long committeeId, int year, HttpServletResponse response) throws IOException {
        OpinionFigures figures = statistics.figures(committeeId, year);
        audit.record(
                AuditAction.EXPORT,
                "opinion-statistics",
                figures.committeeId(),
                texts.get("opinion.audit.statistics-exported", figures.year()),
                null,
                Map.of("committeeId", figures.committeeId(), "year", figures.year()));
        List<List<Object>> rows = statistics.table(figures);
        Spreadsheet.download(
                response,
                figures.committeeName() + figures.year() + texts.get("opinion.statistics.file"),
                texts.get("opinion.statistics.sheet"),
                List.of(texts.get("opinion.statistics.label"), texts.get("opinion.statistics.value")),
                sink -> rows.forEach(sink::row));
    }
}
