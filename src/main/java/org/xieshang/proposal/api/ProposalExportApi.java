package org.xieshang.proposal.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSummary;

/** The proposal list as Excel (same filters as the list, audited), and the options a client offers in its forms. */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalExportApi {

    private static final List<String> COLUMNS = List.of(
            "runningNo",
            "officialNumber",
            "title",
            "kind",
            "category",
            "period",
            "status",
            "key",
            "good",
            "submittedAt",
            "filedAt");

    private final ProposalQueries queries;
    private final ProposalSettings settings;
    private final MessageSource messages;
    private final AuditTrail audit;

    ProposalExportApi(ProposalQueries queries, ProposalSettings settings, MessageSource messages, AuditTrail audit) {
        this.queries = queries;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
    }

    /** A code and its Chinese name. */
    record Option(String code, String label) {}

    /** What forms choose from: categories, not-filed reasons, supervision parties, and the length warning. */
    record Options(
            List<Option> categories,
            List<Option> notFiledReasons,
            List<Option> supervisionParties,
            int lengthWarning) {}

    @GetMapping("/options")
    @PreAuthorize("hasAuthority('proposal:read')")
    Options options() {
        return new Options(
                options("proposal.category.", settings.categories()),
                options("proposal.not-filed-reason.", settings.notFiledReasons()),
                options("proposal.party.", settings.supervisionParties()),
                settings.lengthWarning());
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('proposal:read')")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<ProposalStatus> status,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) ProposalPeriod period,
            @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) Boolean good,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            HttpServletResponse response)
            throws IOException {
        ProposalFilter filter =
                new ProposalFilter(q, status, kind, category, meetingId, period, key, good, unitId, year);
        audit.record(AuditAction.EXPORT, "proposal", null, text("proposal.audit.export"), null, filter);
        Spreadsheet.download(
                response,
                text("proposal.export.file"),
                text("proposal.export.sheet"),
                COLUMNS.stream().map(c -> text("proposal.export." + c)).toList(),
                sink -> queries.forEach(filter, p -> sink.row(row(p))));
    }

    private List<Object> row(ProposalSummary p) {
        String yes = text("proposal.export.yes");
        return Arrays.asList(
                p.runningNo(),
                p.officialNumber(),
                p.title(),
                text("proposal.kind." + p.kind()),
                p.category() == null ? null : text("proposal.category." + p.category()),
                p.period() == null ? null : text("proposal.period." + p.period()),
                text(p.status().messageKey()),
                p.keyProposal() ? yes : null,
                p.goodProposal() ? yes : null,
                p.submittedAt(),
                p.filedAt());
    }

    private List<Option> options(String prefix, List<String> codes) {
        return codes.stream().map(c -> new Option(c, text(prefix + c))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
