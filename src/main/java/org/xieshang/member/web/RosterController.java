package org.xieshang.member.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xieshang.member.domain.CommitteeCatalogue;
import org.xieshang.member.domain.CommitteeReferences;
import org.xieshang.member.domain.Member;
import org.xieshang.member.domain.MemberManagement;
import org.xieshang.member.domain.MemberTexts;
import org.xieshang.member.domain.RosterExport;
import org.xieshang.platform.Spreadsheet;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** The roster (委员名册): search, filters, paging, and the Excel export of what the filters select. */
@Controller
@RequestMapping("/members")
@PreAuthorize("hasAuthority('member:read')")
class RosterController {

    static final int PAGE_SIZE = 20;

    private final MemberManagement management;
    private final RosterExport export;
    private final CommitteeCatalogue catalogue;
    private final CommitteeChoices committees;
    private final MemberTexts texts;

    RosterController(
            MemberManagement management,
            RosterExport export,
            CommitteeCatalogue catalogue,
            CommitteeChoices committees,
            MemberTexts texts) {
        this.management = management;
        this.export = export;
        this.catalogue = catalogue;
        this.committees = committees;
        this.texts = texts;
    }

    @GetMapping
    String roster(@ModelAttribute("filter") RosterFilter filter, Model model) {
        Actor actor = Actor.required();
        int page = filter.page() == null ? 1 : filter.page();
        PageSlice<Member> found =
                management.find(filter.query(actor.visibleCommitteeIds()), new Paging(page, PAGE_SIZE));
        Map<Long, String> names = committees.names();
        Map<Long, CommitteeReferences> refs = new HashMap<>();
        model.addAttribute(
                "page",
                found.map(m -> RosterRow.of(
                        m, refs.computeIfAbsent(m.committeeId(), catalogue::of), names.get(m.committeeId()))));
        model.addAttribute("options", catalogue.of(committees.focus(filter.committee())));
        model.addAttribute("committees", names.size() > 1 ? committees.visible() : List.of());
        model.addAttribute("canManage", actor.hasPermission("member:manage"));
        return "member/roster";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("filter") RosterFilter filter, HttpServletResponse response) throws IOException {
        List<List<Object>> rows = export.rows(filter.query(Actor.required().visibleCommitteeIds()));
        Spreadsheet.download(
                response,
                texts.get("member.export.fileName"),
                texts.get("member.export.sheet"),
                export.headers(),
                sink -> rows.forEach(sink::row));
    }
}
