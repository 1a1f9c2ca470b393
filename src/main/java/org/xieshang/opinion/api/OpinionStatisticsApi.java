package org.xieshang.opinion.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionFigures;
import org.xieshang.opinion.OpinionStatistics;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;

/** The figures of a committee and year (the signed-in user's committee and this year unless asked), and as Excel. */
@RestController
@RequestMapping("/api/v1/opinion-statistics")
@PreAuthorize("hasAuthority('opinion:statistics')")
class OpinionStatisticsApi {

    private final OpinionStatistics statistics;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    OpinionStatisticsApi(OpinionStatistics statistics, AuditTrail audit, OpinionTexts texts) {
        this.statistics = statistics;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping
    OpinionFigures figures(
            @RequestParam(required = false) Long committeeId, @RequestParam(required = false) Integer year) {
        return statistics.figures(committee(committeeId), year(year));
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        OpinionFigures figures = statistics.figures(committee(committeeId), year(year));
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

    static long committee(Long committeeId) {
        return committeeId == null ? Actor.required().committeeId() : committeeId;
    }

    static int year(Integer year) {
        return year == null ? ChinaTime.today().getYear() : year;
    }
}
