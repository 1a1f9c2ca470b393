package org.xieshang.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.portal.domain.PortalService;
import org.xieshang.proposal.PublishedReply;
import org.xieshang.shared.Paging;
import org.xieshang.shared.PublicEndpoint;
import org.xieshang.shared.RecordNotFound;

/** The portal's home and the published replies, for anyone (no sign-in); {@code committee} picks another one. */
@Controller
@PublicEndpoint
class PortalController {

    private final PortalService portal;

    PortalController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping("/portal")
    String home(@RequestParam(required = false) Long committee, Model model) {
        model.addAttribute("committee", portal.committee(committee));
        return "portal/home";
    }

    @GetMapping("/portal/replies")
    String replies(
            @RequestParam(required = false) Long committee,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            Model model) {
        CommitteeView shown = portal.committee(committee);
        String query = q == null ? null : q.strip();
        model.addAttribute("committee", shown);
        model.addAttribute("q", query);
        model.addAttribute("replies", portal.replies(shown.id(), query, Paging.of(page, 20)));
        return "portal/replies";
    }

    @GetMapping("/portal/replies/{id}")
    String reply(@PathVariable long id, @RequestParam(required = false) Long committee, Model model) {
        CommitteeView shown = portal.committee(committee);
        PublishedReply reply = portal.reply(shown.id(), id).orElseThrow(() -> new RecordNotFound("reply", id));
        model.addAttribute("committee", shown);
        model.addAttribute("reply", reply);
        // the letter's line breaks become paragraphs (the stylesheet keeps no white-space rule for it)
        model.addAttribute(
                "paragraphs",
                reply.text() == null ? new String[0] : reply.text().split("\\R"));
        return "portal/reply";
    }
}
