package org.xieshang.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditQuery;
import org.xieshang.audit.AuditQuery.Filter;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/** The audit trail screen: filter by actor, action, record type and dates; export what is shown. Read-only. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditController {

    private final AuditQuery query;
    private final AuditTrail audit;

    AuditController(AuditQuery query, AuditTrail audit) {
        this.query = query;
        this.audit = audit;
    }

    @GetMapping
    String list(@ModelAttribute("filter") Filter filter, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", query.find(Actor.required().visibleCommitteeIds(), filter, Paging.of(page, 50)));
        model.addAttribute("actions", Arrays.asList(AuditAction.values()));
        return "audit/entries";
    }

    @GetMapping("/export")
    void export(@ModelAttribute Filter filter, HttpServletResponse response) throws IOException {
        audit.record(AuditAction.EXPORT, "audit", null, "导出审计日志", null, filter);
        List<String> headers = List.of("时间", "操作人", "来源地址", "操作", "对象类型", "对象编号", "摘要", "修改前", "修改后");
        Spreadsheet.download(
                response,
                "审计日志",
                "审计日志",
                headers,
                sink -> query.forEach(
                        Actor.required().visibleCommitteeIds(),
                        filter,
                        e -> sink.row(Arrays.asList(
                                e.occurredAt(),
                                e.actorName(),
                                e.remoteAddress(),
                                e.action().name(),
                                e.targetType(),
                                e.targetId(),
                                e.summary(),
                                e.beforeState(),
                                e.afterState()))));
    }
}
