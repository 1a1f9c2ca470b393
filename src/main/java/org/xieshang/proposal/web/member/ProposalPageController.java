package org.xieshang.proposal.web.member;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.ProposalSubmission;

/**
 * The proposal page (all facts, signers, number, assignments, replies, evaluations and the timeline, scope-checked by
 * the core) and the member's steps taken from it: confirm or decline a co-signature, submit, reopen, withdraw.
 */
@Controller
class ProposalPageController {

    private final ProposalPageModel page;
    private final ProposalSubmission submission;
    private final ProposalNames names;

    ProposalPageController(ProposalPageModel page, ProposalSubmission submission, ProposalNames names) {
        this.page = page;
        this.submission = submission;
        this.names = names;
    }

    @GetMapping("/proposals/{id:\\d+}")
    @PreAuthorize("hasAuthority('proposal:read')")
    String show(@PathVariable long id, Model model) {
        return page.fill(id, model);
    }

    @PostMapping("/proposals/{id:\\d+}/confirm")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String confirm(@PathVariable long id, RedirectAttributes flash) {
        submission.confirmCoSignature(id);
        return done(id, "proposal.pages.flash.confirmed", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/decline")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String decline(@PathVariable long id, RedirectAttributes flash) {
        submission.declineCoSignature(id);
        return done(id, "proposal.pages.flash.declined", flash);
    }

    @PostMapping("/proposals/{id:\\d+}/submit")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String submit(@PathVariable long id, RedirectAttributes flash) {
        ProposalSubmission.Submitted submitted = submission.submit(id);
        flash.addFlashAttribute("flash", names.text("proposal.pages.flash.submitted", submitted.runningNo()));
        return "redirect:/proposals/" + id;
    }

    @PostMapping("/proposals/{id:\\d+}/reopen")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String reopen(@PathVariable long id, RedirectAttributes flash) {
        submission.reopen(id);
        flash.addFlashAttribute("flash", names.text("proposal.pages.flash.reopened"));
        return "redirect:/proposals/" + id + "/edit";
    }

    @PostMapping("/proposals/{id:\\d+}/withdraw")
    @PreAuthorize("hasAuthority('proposal:submit')")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        submission.withdraw(id, reason);
        return done(id, "proposal.pages.flash.withdrawn", flash);
    }

    private String done(long id, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", names.text(key));
        return "redirect:/proposals/" + id;
    }
}
