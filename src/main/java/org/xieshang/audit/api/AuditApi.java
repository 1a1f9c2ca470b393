package org.xieshang.audit.api;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.audit.AuditEntry;
import org.xieshang.audit.AuditQuery;
import org.xieshang.audit.AuditQuery.Filter;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** The audit trail over the API, read-only (there is no way to change an entry). */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAuthority('audit:read')")
class AuditApi {

    private final AuditQuery query;

    AuditApi(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    PageSlice<AuditEntry> list(
            @ModelAttribute Filter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return query.find(Actor.required().visibleCommitteeIds(), filter, Paging.of(page, size));
    }
}
