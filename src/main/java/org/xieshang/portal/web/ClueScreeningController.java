package org.xieshang.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.ClueStatus;
import org.xieshang.proposal.ClueView;
import org.xieshang.proposal.ProposalClues;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.XieshangException;

/**
 * The proposal office screens the public's clues: accepts one into the topic catalogue 选题参考目录 (under an existing
 * topic or a new one) or rejects it with a reason; members read the catalogue.
 */
@Controller
class ClueScreeningController {

    private final ProposalClues clues;
    private final ProposalSettings settings;
    private final MessageSource messages;
    private final AuditTrail audit;

    ClueScreeningController(ProposalClues clues, ProposalSettings settings, MessageSource messages, AuditTrail audit) {
        this.clues = clues;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/proposals/clues")
    @PreAuthorize("hasAuthority('proposal:review')")
    String clues(
            @RequestParam(required = false, defaultValue = "SUBMITTED") String status,
            @RequestParam(required = false) Integer page,
            Model model) {
        ClueStatus filter = "ALL".equals(status) ? null : ClueStatus.valueOf(status);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("clues", clues.clues(filter, Paging.of(page, 20)));
        model.addAttribute("topics", clues.catalogue(null));
        model.addAttribute("categories", settings.categories());
        return "portal/clues";
    }

    @GetMapping("/proposals/clues/export")
    @PreAuthorize("hasAuthority('proposal:review')")
    void export(HttpServletResponse response) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        PageSlice<ClueView> slice;
        int page = 1;
        do {
            slice = clues.clues(null, new Paging(page++, Paging.MAX_SIZE));
            slice.items().forEach(c -> rows.add(row(c)));
        } while (slice.hasNext());
        audit.record(
                AuditAction.EXPORT,
                "proposal_clue",
                null,
                text("portal.screening.audit-export", rows.size()),
                null,
                null);
        List<String> headers = List.of("submitted", "name", "contact", "subject", "text", "status").stream()
                .map(h -> text("portal.screening.column." + h))
                .toList();
        Spreadsheet.download(
                response,
                text("portal.screening.file"),
                text("portal.screening.title"),
                headers,
                sink -> rows.forEach(sink::row));
    }

    @PostMapping("/proposals/clues/{id}/accept")
    @PreAuthorize("hasAuthority('proposal:review')")
    String accept(
            @PathVariable long id,
            @RequestParam(required = false) Long topicId,
            @RequestParam(required = false) String newTitle,
            @RequestParam(required = false) String category,
            RedirectAttributes redirect) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        ProposalClues.NewTopic topic = topicId != null
                ? null
                : new ProposalClues.NewTopic(
                        year, newTitle, category == null || category.isBlank() ? null : category, null);
        return attempt(redirect, () -> clues.accept(id, topicId, topic), "portal.screening.accepted");
    }

    @PostMapping("/proposals/clues/{id}/reject")
    @PreAuthorize("hasAuthority('proposal:review')")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return attempt(redirect, () -> clues.reject(id, reason), "portal.screening.rejected");
    }

    @GetMapping("/proposals/topics")
    @PreAuthorize("hasAuthority('proposal:read')")
    String topics(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("topics", clues.catalogue(year));
        return "portal/topics";
    }

    /** A refused step comes back to the list with its reason, so the office stays where it was. */
    private String attempt(RedirectAttributes redirect, Runnable step, String doneKey) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", text(doneKey));
        } catch (XieshangException e) {
            redirect.addFlashAttribute("flashError", text(e.messageKey(), e.args()));
        }
        return "redirect:/proposals/clues";
    }

    private List<Object> row(ClueView c) {
        return List.of(
                c.submittedAt(), c.name(), c.contact(), c.title(), c.text(), text("portal.clue-status." + c.status()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
