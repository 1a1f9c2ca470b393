package org.xieshang.proposal.web.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.DisclosureMode;
import org.xieshang.proposal.ReplyOversight;
import org.xieshang.proposal.web.member.ProposalNames;

/**
 * The office publishes a reviewed reply on the public portal (in full or as a summary), or records that it stays
 * unpublished. The core refuses publication without the proposer's consent or before the supervisor's review.
 */
@Controller
class PublishReplyController {

    private final ReplyOversight oversight;
    private final ProposalNames names;

    PublishReplyController(ReplyOversight oversight, ProposalNames names) {
        this.oversight = oversight;
        this.names = names;
    }

    @PostMapping("/proposals/{id:\\d+}/replies/{replyId:\\d+}/publish")
    @PreAuthorize("hasAuthority('proposal:manage')")
    String publish(
            @PathVariable long id,
            @PathVariable long replyId,
            @RequestParam DisclosureMode mode,
            @RequestParam(required = false) String summary,
            RedirectAttributes flash) {
        oversight.publish(replyId, mode, summary == null ? null : summary.strip());
        flash.addFlashAttribute("flash", names.text("proposal.pages.flash.published." + mode.name()));
        return "redirect:/proposals/" + id + "#replies";
    }
}
