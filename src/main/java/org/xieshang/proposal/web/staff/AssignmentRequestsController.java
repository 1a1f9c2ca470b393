package org.xieshang.proposal.web.staff;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.AssignmentSummary;
import org.xieshang.proposal.HandlingQueries;
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.web.member.ProposalNames;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.Paging;

/**
 * The office answers what units asked: a contested assignment is re-assigned to another unit or kept (the unit must
 * handle it), and a deadline extension is approved or refused — each with a reason, each on the record.
 */
@Controller
@PreAuthorize("hasAuthority('proposal:assign')")
class AssignmentRequestsController {

    private final HandlingQueries queries;
    private final ProposalAssignment assignment;
    private final ProposalNames names;

    AssignmentRequestsController(HandlingQueries queries, ProposalAssignment assignment, ProposalNames names) {
        this.queries = queries;
        this.assignment = assignment;
        this.names = names;
    }

    @GetMapping("/proposals/assignment/requests")
    String list(Model model) {
        List<AssignmentSummary> contested = queries.assignments(AssignmentStatus.CONTESTED, true, new Paging(1, 200))
                .items();
        List<AssignmentSummary> extensions = Stream.of(AssignmentStatus.ACCEPTED, AssignmentStatus.PENDING)
                .flatMap(s -> queries.assignments(s, true, new Paging(1, 200)).items().stream())
                .filter(AssignmentSummary::extensionPending)
                .toList();
        model.addAttribute("contested", contested);
        model.addAttribute("extensions", extensions);
        model.addAttribute("units", names.units(Actor.required().committeeId()));
        model.addAttribute("unitNames", names.unitNames(Actor.required().committeeId()));
        return "proposal/staff/requests";
    }

    @PostMapping("/proposals/assignment/requests/{assignmentId:\\d+}/reassign")
    String reassign(
            @PathVariable long assignmentId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        if (unitId == null) {
            throw new InvalidInput("unitId", "proposal.pages.requests.unit-required");
        }
        assignment.reassign(assignmentId, unitId, required(reason));
        return done("proposal.pages.requests.reassigned", flash);
    }

    @PostMapping("/proposals/assignment/requests/{assignmentId:\\d+}/keep")
    String keep(
            @PathVariable long assignmentId, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        assignment.keep(assignmentId, required(reason));
        return done("proposal.pages.requests.kept", flash);
    }

    @PostMapping("/proposals/assignment/requests/{assignmentId:\\d+}/extension")
    String extension(
            @PathVariable long assignmentId,
            @RequestParam boolean approve,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        assignment.decideExtension(assignmentId, approve, required(reason));
        return done(approve ? "proposal.pages.requests.extended" : "proposal.pages.requests.refused", flash);
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "proposal.pages.requests.reason-required");
        }
        return reason.strip();
    }

    private String done(String key, RedirectAttributes flash) {
        flash.addFlashAttribute("flash", names.text(key));
        return "redirect:/proposals/assignment/requests";
    }
}
