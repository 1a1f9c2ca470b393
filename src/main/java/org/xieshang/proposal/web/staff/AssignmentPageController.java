package org.xieshang.proposal.web.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.ProposalAssignment.Plan;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.search.SimilarProposals;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;
import org.xieshang.shared.XieshangException;

/**
 * 交办: filed proposals waiting for their units. Each row chooses a mode (sole, lead + co-units, separate) and units;
 * ticking several rows assigns them together as one batch (交办会), all or nothing. Proposals merged into a primary go
 * with it, so only primaries are listed. Each row suggests handling units learned from how similar proposals were
 * assigned; a click picks one.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:assign')")
class AssignmentPageController {

    private final ProposalQueries queries;
    private final ProposalAssignment assignment;
    private final ProposalNames names;
    private final MessageSource messages;
    private final SimilarProposals similar;

    AssignmentPageController(
            ProposalQueries queries,
            ProposalAssignment assignment,
            ProposalNames names,
            MessageSource messages,
            SimilarProposals similar) {
        this.queries = queries;
        this.assignment = assignment;
        this.names = names;
        this.messages = messages;
        this.similar = similar;
    }

    /** {@code pick} and {@code unit}: a suggested unit clicked for a proposal, shown ticked with that unit chosen. */
    @GetMapping("/proposals/assignment")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Long pick,
            @RequestParam(required = false) Long unit,
            Model model) {
        model.addAttribute("pick", pick);
        model.addAttribute("pickedUnit", unit);
        return show(q, page, model);
    }

    /** Parameters: {@code proposalId} (ticked rows), {@code mode-<id>}, {@code units-<id>} and {@code batch}. */
    @PostMapping("/proposals/assignment")
    String assign(
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        List<String> ids = params.getOrDefault("proposalId", List.of());
        List<String> errors = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (String raw : ids) {
            long id = Long.parseLong(raw);
            String mode = params.getFirst("mode-" + id);
            List<Long> units = params.getOrDefault("units-" + id, List.of()).stream()
                    .filter(u -> !u.isBlank())
                    .map(Long::valueOf)
                    .toList();
            if (mode == null || mode.isBlank() || units.isEmpty()) {
                errors.add(names.text("proposal.pages.assignment.error.plan", id));
                continue;
            }
            plans.add(new Plan(id, AssignmentMode.valueOf(mode), units));
        }
        if (ids.isEmpty()) {
            errors.add(names.text("proposal.validation.plans"));
        }
        if (errors.isEmpty()) {
            try {
                String batch = params.getFirst("batch");
                assignment.assign(batch == null || batch.isBlank() ? null : batch.strip(), plans);
                flash.addFlashAttribute("flash", names.text("proposal.pages.assignment.done", plans.size()));
                return "redirect:/proposals/assignment";
            } catch (XieshangException e) {
                if (e.kind() != XieshangException.Kind.INVALID && e.kind() != XieshangException.Kind.CONFLICT) {
                    throw e;
                }
                errors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.SIMPLIFIED_CHINESE));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        return show(null, null, model);
    }

    private String show(String q, Integer page, Model model) {
        long committeeId = Actor.required().committeeId();
        ProposalFilter filed =
                new ProposalFilter(q, Set.of(ProposalStatus.FILED), null, null, null, null, null, null, null, null);
        var proposals = queries.find(filed, Paging.of(page, 20));
        model.addAttribute("proposals", proposals);
        model.addAttribute(
                "unitSuggestions",
                similar.unitSuggestions(
                        proposals.items().stream().map(ProposalSummary::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("modes", AssignmentMode.values());
        model.addAttribute("units", names.units(committeeId));
        model.addAttribute("meetingNames", names.meetingNames(committeeId));
        model.addAttribute("filters", java.util.Collections.singletonMap("q", q));
        return "proposal/staff/assignment";
    }
}
