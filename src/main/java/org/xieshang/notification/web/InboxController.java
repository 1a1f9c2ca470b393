package org.xieshang.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.domain.Inbox;
import org.xieshang.notification.domain.Inbox.Filter;
import org.xieshang.notification.domain.InboxItem;
import org.xieshang.notification.domain.NotificationTexts;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/** The signed-in user's inbox: unread first, search and filter, open or mark read, mark all read, export. */
@Controller
@RequestMapping("/inbox")
@PreAuthorize("isAuthenticated()")
class InboxController {

    private final Inbox inbox;
    private final AuditTrail audit;
    private final NotificationTexts texts;

    InboxController(Inbox inbox, AuditTrail audit, NotificationTexts texts) {
        this.inbox = inbox;
        this.audit = audit;
        this.texts = texts;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) NotificationCategory category,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) Integer page,
            Model model) {
        Filter filter = new Filter(q, category, unread);
        model.addAttribute("items", inbox.find(Actor.required().userId(), filter, Paging.of(page, 20)));
        model.addAttribute("filter", filter);
        model.addAttribute("categories", Arrays.asList(NotificationCategory.values()));
        model.addAttribute(
                "filters",
                Map.of(
                        "q",
                        q == null ? "" : q,
                        "category",
                        category == null ? "" : category,
                        "unread",
                        unread ? "true" : ""));
        return "notification/inbox";
    }

    /** Marks the notice read and goes to the record it is about (or back to the inbox when it has no link). */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        InboxItem item = inbox.markRead(Actor.required(), id);
        // links are platform paths, checked when the notice was made, so this never leaves the site
        return "redirect:" + (item.link() == null ? "/inbox" : item.link());
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes flash) {
        inbox.markRead(Actor.required(), id);
        flash.addFlashAttribute("flash", texts.text("notification.flash.read"));
        return "redirect:/inbox";
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes flash) {
        int count = inbox.markAllRead(Actor.required());
        flash.addFlashAttribute("flash", texts.text("notification.flash.allRead", count));
        return "redirect:/inbox";
    }

    @GetMapping("/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) NotificationCategory category,
            @RequestParam(defaultValue = "false") boolean unread,
            HttpServletResponse response)
            throws IOException {
        Filter filter = new Filter(q, category, unread);
        audit.record(AuditAction.EXPORT, "notification", null, texts.text("notification.audit.export"), null, filter);
        List<String> headers = exportHeaders();
        String name = texts.text("notification.title");
        Spreadsheet.download(
                response,
                name,
                name,
                headers,
                sink -> inbox.forEach(
                        Actor.required().userId(),
                        filter,
                        item -> sink.row(Arrays.asList(
                                item.createdAt(),
                                texts.text("notification.category." + item.category()),
                                item.title(),
                                item.body(),
                                item.link(),
                                item.readAt()))));
    }

    private List<String> exportHeaders() {
        return List.of(
                texts.text("notification.time"),
                texts.text("notification.category"),
                texts.text("notification.titleColumn"),
                texts.text("notification.body"),
                texts.text("notification.link"),
                texts.text("notification.readAt"));
    }
}
