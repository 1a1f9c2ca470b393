package org.xieshang.opinion.web.submit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.opinion.LevelStatus;
import org.xieshang.opinion.MyPoints;
import org.xieshang.opinion.OpinionPoints;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionReportExport;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.PointsEntryView;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.ReportSummary;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * 我的社情民意: the submitter's drafts and reports, each with its status at every level it reached (adoptions,
 * instructions) and the points it earned them, and their points of the year with the entries behind them.
 */
@Controller
@PreAuthorize("hasAuthority('opinion:submit')")
class MyReportsController {

    private final OpinionQueries queries;
    private final OpinionPoints points;
    private final OpinionReportExport listing;

    MyReportsController(OpinionQueries queries, OpinionPoints points, OpinionReportExport listing) {
        this.queries = queries;
        this.points = points;
        this.listing = listing;
    }

    /** A report of mine as the page shows it. */
    record MyReport(ReportSummary report, List<LevelStatus> levels, BigDecimal points) {}

    @GetMapping("/opinion/mine")
    String mine(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer pointsYear,
            Model model) {
        int shownYear = pointsYear != null
                ? pointsYear
                : year != null ? year : ChinaTime.today().getYear();
        MyPoints mine = points.mine(shownYear);
        Map<Integer, Map<Long, BigDecimal>> byYear = new HashMap<>();
        PageSlice<MyReport> reports = queries.find(filter(year, state, q), Paging.of(page, 20))
                .map(r -> new MyReport(
                        r,
                        queries.levels(r.id()),
                        byYear.computeIfAbsent(r.year(), this::pointsByReport).getOrDefault(r.id(), BigDecimal.ZERO)));
        model.addAttribute("reports", reports);
        model.addAttribute("points", mine);
        model.addAttribute("year", year);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("states", OpinionState.values());
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("year", year);
        filters.put("state", state);
        filters.put("q", q);
        model.addAttribute("filters", filters);
        return "opinion/mine";
    }

    @GetMapping("/opinion/mine/export")
    void export(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) String q,
            HttpServletResponse response)
            throws IOException {
        listing.export(response, filter(year, state, q));
    }

    private Map<Long, BigDecimal> pointsByReport(int year) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        for (PointsEntryView e : points.mine(year).entries()) {
            sums.merge(e.reportId(), e.points(), BigDecimal::add);
        }
        return sums;
    }

    private static ReportFilter filter(Integer year, OpinionState state, String q) {
        return new ReportFilter(
                null, year, state, null, null, null, null, null, null, null, null, true, blankToNull(q));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
