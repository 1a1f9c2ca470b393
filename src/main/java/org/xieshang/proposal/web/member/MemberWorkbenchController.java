package org.xieshang.proposal.web.member;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/** 我的提案: the member's proposals and what waits for them (co-signatures to answer, replies to evaluate). */
@Controller
@PreAuthorize("hasAuthority('proposal:submit')")
class MemberWorkbenchController {

    private final MyProposals mine;
    private final ProposalNames names;
    private final AuditTrail audit;

    MemberWorkbenchController(MyProposals mine, ProposalNames names, AuditTrail audit) {
        this.mine = mine;
        this.names = names;
        this.audit = audit;
    }

    @GetMapping("/proposals/mine")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = Actor.required();
        long memberId = memberOrNone(actor);
        var filter = new MyProposals.Filter(q, status, meetingId);
        model.addAttribute("proposals", mine.find(memberId, actor.visibleCommitteeIds(), filter, Paging.of(page, 20)));
        model.addAttribute("waiting", mine.waiting(memberId, actor.visibleCommitteeIds()));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("meetings", names.meetings(actor.committeeId()));
        model.addAttribute("meetingNames", names.meetingNames(actor.committeeId()));
        model.addAttribute("filters", filters(q, status, meetingId));
        return "proposal/member/mine";
    }

    @GetMapping("/proposals/mine/export")
    void export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) Long meetingId,
            HttpServletResponse response)
            throws IOException {
        Actor actor = Actor.required();
        long memberId = memberOrNone(actor);
        Map<Long, String> meetings = names.meetingNames(actor.committeeId());
        audit.record(
                AuditAction.EXPORT,
                "proposal",
                null,
                names.text("proposal.pages.mine.exported"),
                filters(q, status, meetingId),
                null);
        List<String> headers = Stream.of(
                        "runningNo", "officialNumber", "title", "kind", "category", "status", "meeting", "role")
                .map(h -> names.text("proposal.pages.column." + h))
                .toList();
        Spreadsheet.download(
                response,
                names.text("proposal.pages.mine.file"),
                names.text("proposal.pages.mine.sheet"),
                headers,
                sink -> mine.forEach(
                        memberId,
                        actor.visibleCommitteeIds(),
                        new MyProposals.Filter(q, status, meetingId),
                        r -> sink.row(java.util.Arrays.asList(
                                r.runningNo(),
                                r.officialNumber(),
                                r.title(),
                                names.label("proposal.kind.", r.kind()),
                                names.code("proposal.category.", r.category()),
                                names.label("proposal.status.", r.status()),
                                r.meetingId() == null ? "" : meetings.get(r.meetingId()),
                                names.label("proposal.pages.signer.", r.role())))));
    }

    private static Map<String, Object> filters(String q, ProposalStatus status, Long meetingId) {
        var filters = new java.util.LinkedHashMap<String, Object>();
        filters.put("q", q);
        filters.put("status", status);
        filters.put("meetingId", meetingId);
        return filters;
    }

    /** An account with the member role but no member record yet simply has no proposals. */
    private static long memberOrNone(Actor actor) {
        return actor.memberId().orElse(-1L);
    }
}
