package org.xieshang.proposal.web.oversight;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.DueItem;
import org.xieshang.proposal.ProposalDeadlines;
import org.xieshang.proposal.ReplyClass;
import org.xieshang.proposal.ReplyOversight;
import org.xieshang.proposal.web.unit.HandlingTexts;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.XieshangException;

/**
 * The supervisor's workbench 督查督办: replies to review (approve, or change the class with a reason) and the
 * overdue list, both searchable and paged; the overdue list exports to Excel.
 */
@Controller
@RequestMapping("/proposals/oversight")
@PreAuthorize("hasAuthority('proposal:supervise')")
public class OversightController {

    private final ReviewQueue queue;
    private final ProposalDeadlines deadlines;
    private final ReplyOversight oversight;
    private final UnitNames units;
    private final AuditTrail audit;
    private final HandlingTexts texts;

    OversightController(
            ReviewQueue queue,
            ProposalDeadlines deadlines,
            ReplyOversight oversight,
            UnitNames units,
            AuditTrail audit,
            HandlingTexts texts) {
        this.queue = queue;
        this.deadlines = deadlines;
        this.oversight = oversight;
        this.units = units;
        this.audit = audit;
        this.texts = texts;
    }

    /** Approve as sent (no class), or change the class: then a reason is required. */
    public record ReviewForm(
            ReplyClass newClass,

            @Size(max = 500, message = "{proposal.handling.validation.reason}")
            String reason) {

        @AssertTrue(message = "{proposal.handling.validation.changeReason}")
        boolean isReasonGivenForAChange() {
            return newClass == null || (reason != null && !reason.isBlank());
        }
    }

    @GetMapping
    String show(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        return page(q, page, model);
    }

    @PostMapping("/replies/{replyId}/review")
    String review(
            @PathVariable long replyId,
            @Valid @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            HandlingTexts.invalid(response);
            model.addAttribute("failedReplyId", replyId);
            return page(null, null, model);
        }
        try {
            oversight.review(replyId, form.newClass(), form.reason());
        } catch (XieshangException e) {
            HandlingTexts.refused(e, result, response);
            model.addAttribute("failedReplyId", replyId);
            return page(null, null, model);
        }
        redirect.addFlashAttribute("flash", texts.get("proposal.handling.oversight.reviewed"));
        return "redirect:/proposals/oversight";
    }

    @GetMapping("/overdue/export")
    void exportOverdue(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        audit.record(
                AuditAction.EXPORT,
                "proposal",
                null,
                texts.get("proposal.handling.oversight.exported"),
                null,
                Map.of("q", q == null ? "" : q));
        Map<Long, String> names = units.visible();
        List<String> headers =
                Arrays.asList(texts.get("proposal.handling.oversight.columns").split(","));
        String title = texts.get("proposal.handling.oversight.overdue");
        Spreadsheet.download(
                response,
                title,
                title,
                headers,
                sink -> overdue(q)
                        .forEach(d -> sink.row(Arrays.asList(
                                d.officialNumber(), d.title(), names.get(d.unitId()), d.dueOn(), -d.daysLeft()))));
    }

    private String page(String q, Integer page, Model model) {
        Paging paging = Paging.of(page, 20);
        List<DueItem> overdue = overdue(q);
        int from = Math.min(paging.offset(), overdue.size());
        List<DueItem> shown = overdue.subList(from, Math.min(from + paging.size(), overdue.size()));
        model.addAttribute("q", q);
        model.addAttribute("pending", queue.find(q, paging));
        model.addAttribute("overdue", new PageSlice<>(shown, paging.page(), paging.size(), overdue.size()));
        model.addAttribute("unitNames", units.visible());
        model.addAttribute("replyClasses", Arrays.asList(ReplyClass.values()));
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm(null, null));
        }
        return "proposal/oversight/oversight";
    }

    /** Replies past their deadline (publication delays are the office's, not the supervisors'). */
    private List<DueItem> overdue(String q) {
        return deadlines.overdueNow().stream()
                .filter(d -> d.kind() == DueItem.Kind.REPLY)
                .filter(d -> q == null || q.isBlank() || contains(d.title(), q) || contains(d.officialNumber(), q))
                .toList();
    }

    private static boolean contains(String text, String q) {
        return text != null && text.contains(q.strip());
    }
}
