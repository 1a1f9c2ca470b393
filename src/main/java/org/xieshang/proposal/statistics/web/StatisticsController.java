package org.xieshang.proposal.statistics.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.statistics.Metric;
import org.xieshang.proposal.statistics.StatisticsExport;
import org.xieshang.proposal.statistics.StatisticsFilter;
import org.xieshang.proposal.statistics.StatisticsQueries;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * The statistics page: a committee and a period (from a meeting on, or a year; by default from the first meeting of
 * the committee's current term), the figures with a link to the list behind each, and the Excel export.
 */
@Controller
@RequestMapping("/proposals/statistics")
@PreAuthorize("hasAuthority('proposal:statistics')")
class StatisticsController {

    private final StatisticsQueries queries;
    private final StatisticsExport export;
    private final OrganisationDirectory organisation;

    StatisticsController(StatisticsQueries queries, StatisticsExport export, OrganisationDirectory organisation) {
        this.queries = queries;
        this.export = export;
        this.organisation = organisation;
    }

    @GetMapping
    String board(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sinceMeetingId,
            @RequestParam(required = false) Integer year,
            Model model) {
        StatisticsFilter filter = filter(committeeId, sinceMeetingId, year);
        model.addAttribute("stats", queries.compute(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("base", base(filter));
        model.addAttribute("committees", committees());
        model.addAttribute("meetings", organisation.meetings(filter.committeeId()));
        return "proposal/statistics/board";
    }

    @GetMapping("/list")
    String list(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sinceMeetingId,
            @RequestParam(required = false) Integer year,
            @RequestParam Metric metric,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) Integer page,
            Model model) {
        StatisticsFilter filter = filter(committeeId, sinceMeetingId, year);
        model.addAttribute("rows", queries.list(filter, metric, value, Paging.of(page, 20)));
        model.addAttribute("heading", queries.describe(filter, metric, value));
        model.addAttribute("filter", filter);
        model.addAttribute("base", base(filter));
        Map<String, Object> filters = new LinkedHashMap<>(params(filter));
        filters.put("metric", metric.name());
        filters.put("value", value);
        model.addAttribute("filters", filters);
        return "proposal/statistics/list";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sinceMeetingId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        export.download(filter(committeeId, sinceMeetingId, year), response);
    }

    /**
     * Without a period the statistics start at the first meeting of the committee's current term; a year typed into
     * the form wins over the meeting still selected there.
     */
    private StatisticsFilter filter(Long committeeId, Long sinceMeetingId, Integer year) {
        long committee = committeeId == null ? Actor.required().committeeId() : committeeId;
        if (year != null) {
            sinceMeetingId = null;
        } else if (sinceMeetingId == null) {
            sinceMeetingId =
                    firstMeetingOfCurrentTerm(committee).map(MeetingView::id).orElse(null);
        }
        return new StatisticsFilter(committee, sinceMeetingId, year);
    }

    private Optional<MeetingView> firstMeetingOfCurrentTerm(long committeeId) {
        List<MeetingView> meetings = organisation.meetings(committeeId);
        int term = meetings.stream().mapToInt(MeetingView::termNumber).max().orElse(0);
        return meetings.stream().filter(m -> m.termNumber() == term).min(Comparator.comparingInt(MeetingView::number));
    }

    private List<CommitteeView> committees() {
        return Actor.required().visibleCommitteeIds().stream()
                .map(organisation::committee)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(CommitteeView::id))
                .toList();
    }

    private static Map<String, Object> params(StatisticsFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("committeeId", filter.committeeId());
        params.put("sinceMeetingId", filter.sinceMeetingId());
        params.put("year", filter.year());
        return params;
    }

    /** The period's query string, which every figure's link and the export carry. */
    private static String base(StatisticsFilter filter) {
        StringBuilder query = new StringBuilder("committeeId=" + filter.committeeId());
        if (filter.sinceMeetingId() != null) {
            query.append("&sinceMeetingId=").append(filter.sinceMeetingId());
        }
        if (filter.year() != null) {
            query.append("&year=").append(filter.year());
        }
        return query.toString();
    }
}
