package org.xieshang.proposal.web.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.DueItem;
import org.xieshang.proposal.ProposalDeadlines;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** 超期提案: replies and publications past their deadline in the user's committees, from the core's due list. */
@Controller
@PreAuthorize("hasAuthority('proposal:manage')")
class OverduePageController {

    private final ProposalDeadlines deadlines;
    private final ProposalNames names;
    private final AuditTrail audit;

    OverduePageController(ProposalDeadlines deadlines, ProposalNames names, AuditTrail audit) {
        this.deadlines = deadlines;
        this.names = names;
        this.audit = audit;
    }

    @GetMapping("/proposals/overdue")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Paging paging = Paging.of(page, 20);
        List<DueItem> all = matching(q);
        List<DueItem> items =
                all.stream().skip(paging.offset()).limit(paging.size()).toList();
        model.addAttribute("items", new PageSlice<>(items, paging.page(), paging.size(), all.size()));
        model.addAttribute("q", q);
        model.addAttribute("unitNames", names.unitNames(Actor.required().committeeId()));
        model.addAttribute("filters", java.util.Collections.singletonMap("q", q));
        return "proposal/staff/overdue";
    }

    @GetMapping("/proposals/overdue/export")
    void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        List<DueItem> all = matching(q);
        Map<Long, String> units = names.unitNames(Actor.required().committeeId());
        audit.record(
                AuditAction.EXPORT,
                "proposal",
                null,
                names.text("proposal.pages.overdue.file"),
                Map.of("rows", all.size()),
                null);
        List<String> headers = Stream.of("officialNumber", "title", "unit", "dueOn", "daysLeft")
                .map(h -> names.text("proposal.pages.column." + h))
                .toList();
        Spreadsheet.download(
                response,
                names.text("proposal.pages.overdue.file"),
                names.text("proposal.pages.mine.sheet"),
                headers,
                sink -> all.forEach(d -> sink.row(Arrays.asList(
                        d.officialNumber(),
                        d.title(),
                        d.unitId() == null ? "" : units.get(d.unitId()),
                        d.dueOn(),
                        -d.daysLeft()))));
    }

    private List<DueItem> matching(String q) {
        return deadlines.overdueNow().stream()
                .filter(d -> q == null
                        || q.isBlank()
                        || (d.title() != null && d.title().contains(q.strip()))
                        || (d.officialNumber() != null && d.officialNumber().contains(q.strip())))
                .toList();
    }
}
