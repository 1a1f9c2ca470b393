package org.xieshang.opinion.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.InstructionRank;
import org.xieshang.opinion.OpinionCatalogue;
import org.xieshang.opinion.OpinionQueries;
import org.xieshang.opinion.OpinionReportExport;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.ReportFilter;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * The report lists, one template with every filter of {@link ReportFilter}: all reports in the user's scope (where
 * the statistics link to), the information office's queue of its own reports, and the queue of reports received from
 * the committees below.
 */
@Controller
class ReportListController {

    private final OpinionQueries queries;
    private final OpinionCatalogue catalogue;
    private final OrganisationDirectory organisation;
    private final OpinionReportExport listing;

    ReportListController(
            OpinionQueries queries,
            OpinionCatalogue catalogue,
            OrganisationDirectory organisation,
            OpinionReportExport listing) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.listing = listing;
    }

    @GetMapping("/opinion/reports")
    @PreAuthorize("hasAuthority('opinion:read')")
    String all(
            @ModelAttribute("filter") ReportFilter filter, @RequestParam(required = false) Integer page, Model model) {
        return list("/opinion/reports", "all", filter, page, model);
    }

    @GetMapping("/opinion/reports/export")
    @PreAuthorize("hasAuthority('opinion:read')")
    void exportAll(@ModelAttribute ReportFilter filter, HttpServletResponse response) throws IOException {
        listing.export(response, filter);
    }

    @GetMapping("/opinion/office")
    @PreAuthorize("hasAuthority('opinion:edit')")
    String office(
            @ModelAttribute("filter") ReportFilter filter, @RequestParam(required = false) Integer page, Model model) {
        return list("/opinion/office", "office", own(filter, false), page, model);
    }

    @GetMapping("/opinion/office/export")
    @PreAuthorize("hasAuthority('opinion:edit')")
    void exportOffice(@ModelAttribute ReportFilter filter, HttpServletResponse response) throws IOException {
        listing.export(response, own(filter, false));
    }

    @GetMapping("/opinion/incoming")
    @PreAuthorize("hasAuthority('opinion:manage')")
    String incoming(
            @ModelAttribute("filter") ReportFilter filter, @RequestParam(required = false) Integer page, Model model) {
        return list("/opinion/incoming", "incoming", own(filter, true), page, model);
    }

    @GetMapping("/opinion/incoming/export")
    @PreAuthorize("hasAuthority('opinion:manage')")
    void exportIncoming(@ModelAttribute ReportFilter filter, HttpServletResponse response) throws IOException {
        listing.export(response, own(filter, true));
    }

    private String list(String path, String kind, ReportFilter filter, Integer page, Model model) {
        long committeeId = filter.committeeId() == null ? Actor.required().committeeId() : filter.committeeId();
        model.addAttribute("filter", filter);
        model.addAttribute("reports", queries.find(filter, Paging.of(page, 20)));
        model.addAttribute("path", path);
        model.addAttribute("kind", kind);
        model.addAttribute("filters", filter.parameters());
        String query = filter.queryString();
        model.addAttribute("exportHref", path + "/export" + (query.isEmpty() ? "" : "?" + query));
        model.addAttribute("states", OpinionState.values());
        model.addAttribute("submitterTypes", SubmitterType.values());
        model.addAttribute("categories", catalogue.categories(committeeId));
        model.addAttribute("levels", CommitteeLevel.values());
        model.addAttribute("adoptionKinds", AdoptionKind.values());
        model.addAttribute("ranks", InstructionRank.values());
        model.addAttribute("committees", committees());
        return "opinion/reports";
    }

    /** The office's queues are its own committee's: the own reports, or the copies received from below. */
    private static ReportFilter own(ReportFilter f, boolean incoming) {
        Long committeeId = f.committeeId() == null ? Actor.required().committeeId() : f.committeeId();
        return new ReportFilter(
                committeeId,
                f.year(),
                f.state(),
                f.category(),
                f.submitterType(),
                incoming,
                f.reportedUpward(),
                f.adoptedLevel(),
                f.adoptionKind(),
                f.adoptedAbove(),
                f.instructionRank(),
                f.mine(),
                f.q());
    }

    private List<CommitteeView> committees() {
        return Actor.required().visibleCommitteeIds().stream()
                .map(organisation::committee)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(CommitteeView::id))
                .toList();
    }
}
