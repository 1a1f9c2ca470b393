package org.xieshang.opinion.web.statistics;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.OpinionFigures;
import org.xieshang.opinion.OpinionPoints;
import org.xieshang.opinion.OpinionStatistics;
import org.xieshang.opinion.OpinionStatisticsExport;
import org.xieshang.opinion.RankingRow;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;

/**
 * The figures of a committee's public-opinion work in a year, each linking to the records it counts, as a page and as
 * Excel; with the rankings of the year: members, parties and organisations, and the committee among its siblings.
 */
@Controller
@PreAuthorize("hasAuthority('opinion:statistics')")
class OpinionStatisticsController {

    /** Members shown in the ranking; the rest are in the points ledger. */
    private static final int TOP_MEMBERS = 20;

    private final OpinionStatistics statistics;
    private final OpinionPoints points;
    private final OrganisationDirectory organisation;
    private final OpinionStatisticsExport export;
    private final FigureLinks links;

    OpinionStatisticsController(
            OpinionStatistics statistics,
            OpinionPoints points,
            OrganisationDirectory organisation,
            OpinionStatisticsExport export,
            FigureLinks links) {
        this.links = links;
        this.statistics = statistics;
        this.points = points;
        this.organisation = organisation;
        this.export = export;
    }

    @GetMapping("/opinion/statistics")
    String figures(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            Model model) {
        OpinionFigures figures = statistics.figures(committee(committeeId), year(year));
        CommitteeView committee = organisation.committee(figures.committeeId()).orElseThrow();
        List<RankingRow> members = points.members(committee.id(), figures.year());
        model.addAttribute("f", figures);
        model.addAttribute("links", links.all(figures));
        model.addAttribute(
                "mainFigures",
                List.of(
                        figures.received(),
                        figures.accepted(),
                        figures.filed(),
                        figures.issuesPublished(),
                        figures.reportedUpward(),
                        figures.adoptedAbove()));
        model.addAttribute("adoptionKinds", AdoptionKind.values());
        Map<String, List<OpinionFigures.Breakdown>> breakdowns = new LinkedHashMap<>();
        breakdowns.put("byCategory", figures.byCategory());
        breakdowns.put("bySubmitterType", figures.bySubmitterType());
        model.addAttribute("breakdowns", breakdowns);
        Optional<CommitteeView> parent =
                Optional.ofNullable(committee.parentId()).flatMap(organisation::committee);
        model.addAttribute("parent", parent.orElse(null));
        Map<String, List<RankingRow>> rankings = new LinkedHashMap<>();
        rankings.put(
                "committees",
                parent.map(p -> points.committees(p.id(), figures.year())).orElse(List.of()));
        rankings.put("units", points.units(committee.id(), figures.year()));
        rankings.put("members", members.subList(0, Math.min(TOP_MEMBERS, members.size())));
        model.addAttribute("rankings", rankings);
        model.addAttribute("committees", visibleCommittees());
        return "opinion/statistics";
    }

    @GetMapping("/opinion/statistics/export")
    void export(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        export.download(committee(committeeId), year(year), response);
    }

    private List<CommitteeView> visibleCommittees() {
        return Actor.required().visibleCommitteeIds().stream()
                .map(organisation::committee)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(CommitteeView::id))
                .toList();
    }

    private static long committee(Long committeeId) {
        return committeeId == null ? Actor.required().committeeId() : committeeId;
    }

    private static int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new InvalidInput("year", "opinion.pages.year-range");
        }
        return year == null ? ChinaTime.today().getYear() : year;
    }
}
