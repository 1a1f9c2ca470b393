package org.xieshang.proposal.web.unit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.AssignmentSummary;
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.domain.AssignmentFinder;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * The handling unit's workbench 承办工作: its assignments (to accept or contest, in handling with their deadlines,
 * drafts to counter-sign), searchable, filterable, paged and exportable; accepting is one click from the list.
 */
@Controller
@RequestMapping("/proposals/unit")
@PreAuthorize("hasAuthority('proposal:handle')")
public class UnitWorkbenchController {

    private final AssignmentFinder finder;
    private final ProposalAssignment assignments;
    private final AuditTrail audit;
    private final HandlingTexts texts;

    UnitWorkbenchController(
            AssignmentFinder finder, ProposalAssignment assignments, AuditTrail audit, HandlingTexts texts) {
        this.finder = finder;
        this.assignments = assignments;
        this.audit = audit;
        this.texts = texts;
    }

    /** The list's filters: text, assignment status, and whether only proposals still in handling are shown. */
    public record Filter(String q, AssignmentStatus status, Boolean open) {

        public boolean onlyOpen() {
            return open == null || open;
        }

        public Map<String, Object> params() {
            return Map.of("q", q == null ? "" : q, "status", status == null ? "" : status, "open", onlyOpen());
        }
    }

    @GetMapping
    String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
        PageSlice<AssignmentSummary> items =
                finder.find(Actor.required(), filter.status(), filter.onlyOpen(), filter.q(), Paging.of(page, 20));
        model.addAttribute("filter", filter);
        model.addAttribute("items", items);
        model.addAttribute("statuses", Arrays.asList(AssignmentStatus.values()));
        model.addAttribute("today", today());
        return "proposal/unit/workbench";
    }

    @GetMapping("/export")
    void export(Filter filter, HttpServletResponse response) throws IOException {
        audit.record(
                AuditAction.EXPORT,
                "proposal_assignment",
                null,
                texts.get("proposal.handling.unit.exported"),
                null,
                filter);
        List<String> headers = Arrays.stream(
                        texts.get("proposal.handling.unit.columns").split(","))
                .toList();
        String title = texts.get("proposal.handling.unit.title");
        Spreadsheet.download(response, title, title, headers, sink -> {
            int page = 1;
            PageSlice<AssignmentSummary> slice;
            do {
                slice = finder.find(
                        Actor.required(),
                        filter.status(),
                        filter.onlyOpen(),
                        filter.q(),
                        new Paging(page++, Paging.MAX_SIZE));
                slice.items()
                        .forEach(a -> sink.row(Arrays.asList(
                                a.officialNumber(),
                                a.title(),
                                texts.get("proposal.role." + a.role()),
                                texts.get("proposal.assignment.status." + a.status()),
                                texts.get("proposal.status." + a.proposalStatus()),
                                a.contestUntil(),
                                a.deadline(),
                                a.round())));
            } while (slice.hasNext());
        });
    }

    @PostMapping("/assignments/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long proposalId, RedirectAttributes redirect) {
        assignments.accept(id);
        redirect.addFlashAttribute("flash", texts.get("proposal.handling.unit.accepted"));
        return "redirect:/proposals/unit/" + proposalId;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
