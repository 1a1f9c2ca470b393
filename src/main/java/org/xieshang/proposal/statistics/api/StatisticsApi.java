package org.xieshang.proposal.statistics.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.statistics.Metric;
import org.xieshang.proposal.statistics.ProposalStatistics;
import org.xieshang.proposal.statistics.StatisticsFilter;
import org.xieshang.proposal.statistics.StatisticsQueries;
import org.xieshang.proposal.statistics.StatisticsRow;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * The proposal statistics as JSON: the same figures as the page, each with the metric and value that name the list
 * behind it ({@code /api/v1/proposals/statistics/list}). Without {@code committeeId}: the user's own committee.
 */
@RestController
@PreAuthorize("hasAuthority('proposal:statistics')")
class StatisticsApi {

    private final StatisticsQueries queries;

    StatisticsApi(StatisticsQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/proposals/statistics")
    ProposalStatistics statistics(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sinceMeetingId,
            @RequestParam(required = false) Integer year) {
        return queries.compute(filter(committeeId, sinceMeetingId, year));
    }

    @GetMapping("/api/v1/proposals/statistics/list")
    PageSlice<StatisticsRow> list(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Long sinceMeetingId,
            @RequestParam(required = false) Integer year,
            @RequestParam Metric metric,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(filter(committeeId, sinceMeetingId, year), metric, value, Paging.of(page, size));
    }

    private static StatisticsFilter filter(Long committeeId, Long sinceMeetingId, Integer year) {
        return new StatisticsFilter(
                committeeId == null ? Actor.required().committeeId() : committeeId, sinceMeetingId, year);
    }
}
