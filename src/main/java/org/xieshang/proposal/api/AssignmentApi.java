package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.AssignmentSummary;
import org.xieshang.proposal.DueItem;
import org.xieshang.proposal.HandlingQueries;
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.ProposalDeadlines;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Assignment over the API: the assignment meeting (several proposals at once), a unit's accept or contest, staff
 * answering a contest, deadline extensions, the assignment lists, and what is due or overdue.
 */
@RestController
@RequestMapping("/api/v1/proposals")
class AssignmentApi {

    private final ProposalAssignment assignment;
    private final HandlingQueries queries;
    private final ProposalDeadlines deadlines;

    AssignmentApi(ProposalAssignment assignment, HandlingQueries queries, ProposalDeadlines deadlines) {
        this.assignment = assignment;
        this.queries = queries;
        this.deadlines = deadlines;
    }

    record PlanRequest(
            @NotNull(message = "{proposal.validation.proposal}")
            Long proposalId,

            @NotNull(message = "{proposal.validation.mode}") AssignmentMode mode,

            @NotEmpty(message = "{proposal.validation.units}")
            List<@NotNull(message = "{proposal.validation.unit}") Long> unitIds) {}

    record AssignRequest(
            @Size(max = 100, message = "{proposal.validation.text}")
            String batch,

            @NotEmpty(message = "{proposal.validation.plans}") @Size(max = 500, message = "{proposal.validation.text}")
            List<@Valid @NotNull(message = "{proposal.validation.proposal}") PlanRequest> plans) {}

    record ReasonRequest(
            @NotBlank(message = "{proposal.validation.reason}")
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    record ReassignRequest(
            @NotNull(message = "{proposal.validation.unit}") Long unitId,

            @NotBlank(message = "{proposal.validation.reason}")
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    record ExtensionRequest(
            @NotNull(message = "{proposal.validation.until}")
            LocalDate until,

            @NotBlank(message = "{proposal.validation.reason}")
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    record DecisionRequest(
            @NotNull(message = "{proposal.validation.approve}")
            Boolean approve,

            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    /** The ids of the assignments made. */
    record Assigned(List<Long> assignmentIds) {}

    @PostMapping("/assignments")
    @PreAuthorize("hasAuthority('proposal:assign')")
    Assigned assign(@Valid @RequestBody AssignRequest request) {
        return new Assigned(assignment.assign(
                request.batch(),
                request.plans().stream()
                        .map(p -> new ProposalAssignment.Plan(p.proposalId(), p.mode(), p.unitIds()))
                        .toList()));
    }

    @GetMapping("/assignments")
    @PreAuthorize("hasAuthority('proposal:read')")
    PageSlice<AssignmentSummary> list(
            @RequestParam(required = false) AssignmentStatus status,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.assignments(status, open, Paging.of(page, size));
    }

    @PostMapping("/assignments/{id}/accept")
    @PreAuthorize("hasAuthority('proposal:handle')")
    void accept(@PathVariable long id) {
        assignment.accept(id);
    }

    @PostMapping("/assignments/{id}/contest")
    @PreAuthorize("hasAuthority('proposal:handle')")
    void contest(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        assignment.contest(id, request.reason());
    }

    @PostMapping("/assignments/{id}/reassign")
    @PreAuthorize("hasAuthority('proposal:assign')")
    Assigned reassign(@PathVariable long id, @Valid @RequestBody ReassignRequest request) {
        return new Assigned(List.of(assignment.reassign(id, request.unitId(), request.reason())));
    }

    @PostMapping("/assignments/{id}/keep")
    @PreAuthorize("hasAuthority('proposal:assign')")
    void keep(@PathVariable long id, @Valid @RequestBody ReasonRequest request) {
        assignment.keep(id, request.reason());
    }

    @PostMapping("/assignments/{id}/extension")
    @PreAuthorize("hasAuthority('proposal:handle')")
    void requestExtension(@PathVariable long id, @Valid @RequestBody ExtensionRequest request) {
        assignment.requestExtension(id, request.until(), request.reason());
    }

    @PostMapping("/assignments/{id}/extension/decision")
    @PreAuthorize("hasAuthority('proposal:assign')")
    void decideExtension(@PathVariable long id, @Valid @RequestBody DecisionRequest request) {
        assignment.decideExtension(id, request.approve(), request.reason());
    }

    /** What falls due within {@code within} days (default 15), overdue items first. */
    @GetMapping("/deadlines")
    @PreAuthorize("hasAuthority('proposal:read-all')")
    List<DueItem> due(
            @RequestParam(defaultValue = "15")
                    @Min(value = 0, message = "{proposal.validation.within}")
                    @Max(value = 366, message = "{proposal.validation.within}")
                    int within) {
        return deadlines.dueWithin(within);
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAuthority('proposal:read-all')")
    List<DueItem> overdue() {
        return deadlines.overdueNow();
    }
}
