package org.xieshang.proposal.web.staff;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * 重点提案与优秀提案: the key proposals (with their supervising leaders) and the good proposals of a year. Both are
 * marked on the proposal page; this list shows what was selected and what may still be.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:key')")
class SelectionsPageController {

    /** A year has a few dozen key and good proposals at most: one page each. */
    private static final Paging ALL = new Paging(1, Paging.MAX_SIZE);

    private final ProposalQueries queries;
    private final ProposalNames names;

    SelectionsPageController(ProposalQueries queries, ProposalNames names) {
        this.queries = queries;
        this.names = names;
    }

    @GetMapping("/proposals/selections")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now().getYear() : year;
        ProposalFilter key = new ProposalFilter(null, null, null, null, null, null, true, null, null, shown);
        ProposalFilter good = new ProposalFilter(null, null, null, null, null, null, null, true, null, shown);
        model.addAttribute("keyProposals", queries.find(key, ALL));
        model.addAttribute("goodProposals", queries.find(good, ALL));
        model.addAttribute("year", shown);
        model.addAttribute("meetingNames", names.meetingNames(Actor.required().committeeId()));
        return "proposal/staff/selections";
    }
}
