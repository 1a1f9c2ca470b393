package org.xieshang.proposal.web.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.search.SimilarProposals;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * 提案审查: the submitted proposals waiting for the office, filterable by meeting, kind, category and text, with merge
 * 并案 suggestions (similar proposals of the same meeting) for the proposals on the page.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:review')")
class ReviewQueueController {

    private final ProposalQueries queries;
    private final ProposalNames names;
    private final ProposalSettings settings;
    private final ProposalListing listing;
    private final SimilarProposals similar;

    ReviewQueueController(
            ProposalQueries queries,
            ProposalNames names,
            ProposalSettings settings,
            ProposalListing listing,
            SimilarProposals similar) {
        this.queries = queries;
        this.names = names;
        this.settings = settings;
        this.listing = listing;
        this.similar = similar;
    }

    @GetMapping("/proposals/review")
    String queue(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page,
            Model model) {
        long committeeId = Actor.required().committeeId();
        var proposals = queries.find(filter(q, meetingId, kind, category), Paging.of(page, 20));
        model.addAttribute("proposals", proposals);
        model.addAttribute(
                "mergeCandidates",
                similar.mergeCandidates(
                        proposals.items().stream().map(ProposalSummary::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("kind", kind);
        model.addAttribute("category", category);
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("categories", settings.categories());
        model.addAttribute("meetings", names.meetings(committeeId));
        model.addAttribute("meetingNames", names.meetingNames(committeeId));
        model.addAttribute("filters", filters(q, meetingId, kind, category));
        return "proposal/staff/review";
    }

    @GetMapping("/proposals/review/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) String category,
            HttpServletResponse response)
            throws IOException {
        listing.export(response, "proposal.pages.review.file", filter(q, meetingId, kind, category));
    }

    private static ProposalFilter filter(String q, Long meetingId, ProposalKind kind, String category) {
        String c = category == null || category.isBlank() ? null : category;
        return new ProposalFilter(
                q, Set.of(ProposalStatus.SUBMITTED), kind, c, meetingId, null, null, null, null, null);
    }

    private static Map<String, Object> filters(String q, Long meetingId, ProposalKind kind, String category) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("meetingId", meetingId);
        filters.put("kind", kind);
        filters.put("category", category);
        return filters;
    }
}
