package org.xieshang.proposal.web.staff;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.KeyProposals;
import org.xieshang.proposal.ProposalReview;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.proposal.web.member.ProposalPageModel;

/**
 * The office's steps taken from the proposal page: file 立案 (the flash shows the official number), return 退回 with
 * a reason, not file 不立案 with a reason code and a conversion, merge 并案, and the key and good marks. A missing
 * reason or choice shows the page again (400) with the message; nothing is saved.
 */
@Controller
class ReviewActionsController {

    private final ProposalReview review;
    private final KeyProposals keys;
    private final ProposalPageModel page;
    private final ProposalNames names;

    ReviewActionsController(ProposalReview review, KeyProposals keys, ProposalPageModel page, ProposalNames names) {
        this.review = review;
        this.keys = keys;
        this.page = page;
        this.names = names;
    }

    @PostMapping("/proposals/{id:\\d+}/file")
    @PreAuthorize("hasAuthority('proposal:review')")
    String file(@PathVariable long id, RedirectAttributes flash) {
        ProposalReview.Filed filed = review.file(id);
        flash.addFlashAttribute("flash", names.text("proposal.pages.flash.filed", filed.officialNumber()));
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id:\\d+}/return")
    @PreAuthorize("hasAuthority('proposal:review')")
    String returnForRevision(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (blank(reason)) {
            return invalid(id, "proposal.pages.error.reason", model, response);
        }
        review.returnForRevision(id, reason.strip());
        return done(id, "proposal.pages.flash.returned", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/not-file")
    @PreAuthorize("hasAuthority('proposal:review')")
    String notFile(
            @PathVariable long id,
            @RequestParam(required = false) String reasonCode,
            @RequestParam(required = false) Conversion conversion,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (blank(reasonCode)) {
            return invalid(id, "proposal.pages.error.reasonCode", model, response);
        }
        review.notFile(id, reasonCode, blank(note) ? null : note.strip(), conversion);
        return done(id, "proposal.pages.flash.notFiled", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/merge")
    @PreAuthorize("hasAuthority('proposal:review')")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long primaryId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (primaryId == null) {
            return invalid(id, "proposal.pages.error.primary", model, response);
        }
        review.merge(id, primaryId);
        return done(id, "proposal.pages.flash.merged", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/key")
    @PreAuthorize("hasAuthority('proposal:key')")
    String selectKey(
            @PathVariable long id,
            @RequestParam(required = false) String leaderName,
            @RequestParam(required = false) String decision,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (blank(leaderName)) {
            return invalid(id, "proposal.pages.error.leader", model, response);
        }
        keys.selectKey(id, null, leaderName.strip(), blank(decision) ? null : decision.strip());
        return done(id, "proposal.pages.flash.key", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/good")
    @PreAuthorize("hasAuthority('proposal:key')")
    String selectGood(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        if (year == null || year < 2000 || year > 2100) {
            return invalid(id, "proposal.pages.error.year", model, response);
        }
        keys.selectGood(id, year);
        return done(id, "proposal.pages.flash.good", flash);
    }

    private String invalid(long id, String key, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("actionError", names.text(key));
        return page.fill(id, model);
    }

    private String done(long id, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", names.text(key));
        return "redirect:/proposals/" + id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
