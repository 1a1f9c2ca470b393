package org.xieshang.opinion.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.OpinionFigures;
import org.xieshang.opinion.OpinionStatistics;
import org.xieshang.opinion.OpinionStatisticsExport;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.shared.Actor;

/** The figures of a committee and year (the signed-in user's committee and this year unless asked), and as Excel. */
@RestController
@RequestMapping("/api/v1/opinion-statistics")
@PreAuthorize("hasAuthority('opinion:statistics')")
class OpinionStatisticsApi {

    private final OpinionStatistics statistics;
    private final OpinionStatisticsExport export;

    OpinionStatisticsApi(OpinionStatistics statistics, OpinionStatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
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
        export.download(committee(committeeId), year(year), response);
    }

    static long committee(Long committeeId) {
        return committeeId == null ? Actor.required().committeeId() : committeeId;
    }

    static int year(Integer year) {
        return year == null ? ChinaTime.today().getYear() : year;
    }
}
