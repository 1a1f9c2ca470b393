package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.CollectiveProposer;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalFilter;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSubmission;
import org.xieshang.proposal.ProposalSubmission.Draft;
import org.xieshang.proposal.ProposalSubmission.Saved;
import org.xieshang.proposal.ProposalSubmission.Submitted;
import org.xieshang.proposal.ProposalSummary;
import org.xieshang.proposal.TimelineEntry;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Proposals over the API: lists and details within the reader's scope, and the member's drafts and submission. */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalApi {

    private final ProposalQueries queries;
    private final ProposalSubmission submission;

    ProposalApi(ProposalQueries queries, ProposalSubmission submission) {
        this.queries = queries;
        this.submission = submission;
    }

    /** A draft as written; only the title is required until submission. {@code version}: when updating. */
    record DraftRequest(
            @NotNull(message = "{proposal.validation.kind}") ProposalKind kind,
            CollectiveProposer collectiveProposer,
            Long partyOrganisationId,
            Long sectorId,
            Long specialCommitteeId,

            @Size(max = 100, message = "{proposal.validation.text}")
            String groupName,

            @Size(max = 50, message = "{proposal.validation.text}")
            String contactName,

            @Size(max = 50, message = "{proposal.validation.text}")
            String contactPhone,

            @Size(max = 200, message = "{proposal.validation.text}")
            String contactAddress,

            @NotBlank(message = "{proposal.validation.title-required}")
            @Size(max = 200, message = "{proposal.validation.title}")
            String title,

            @Size(max = 20000, message = "{proposal.validation.text}")
            String grounds,

            @Size(max = 20000, message = "{proposal.validation.text}")
            String suggestions,

            String category,
            List<Long> suggestedUnitIds,
            boolean disclosureConsent,

            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String disclosureReason,

            boolean urgent,
            Long clueId,

            @Size(max = 50, message = "{proposal.validation.co-signers}")
            List<Long> coSignerMemberIds,

            Integer version) {

        Draft draft() {
            return new Draft(
                    kind,
                    collectiveProposer,
                    partyOrganisationId,
                    sectorId,
                    specialCommitteeId,
                    groupName,
                    contactName,
                    contactPhone,
                    contactAddress,
                    title,
                    grounds,
                    suggestions,
                    category,
                    suggestedUnitIds,
                    disclosureConsent,
                    disclosureReason,
                    urgent,
                    clueId,
                    coSignerMemberIds);
        }
    }

    record ReasonRequest(
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    @GetMapping
    @PreAuthorize("hasAuthority('proposal:read')")
    PageSlice<ProposalSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Set<ProposalStatus> status,
            @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) ProposalPeriod period,
            @RequestParam(required = false) Boolean key,
            @RequestParam(required = false) Boolean good,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.find(
                new ProposalFilter(q, status, kind, category, meetingId, period, key, good, unitId, year),
                Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('proposal:read')")
    ProposalDetails get(@PathVariable long id) {
        return queries.details(id);
    }

    @GetMapping("/{id}/timeline")
    @PreAuthorize("hasAuthority('proposal:read')")
    List<TimelineEntry> timeline(@PathVariable long id) {
        return queries.timeline(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('proposal:submit')")
    ResponseEntity<Saved> create(@Valid @RequestBody DraftRequest request) {
        Saved saved = submission.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/proposals/" + saved.id()))
                .body(saved);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('proposal:submit')")
    Saved update(@PathVariable long id, @Valid @RequestBody DraftRequest request) {
        if (request.version() == null) {
            throw new InvalidInput("version", "proposal.version-required");
        }
        return submission.update(id, request.version(), request.draft());
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('proposal:submit')")
    Submitted submit(@PathVariable long id) {
        return submission.submit(id);
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize("hasAuthority('proposal:submit')")
    ProposalDetails reopen(@PathVariable long id) {
        submission.reopen(id);
        return queries.details(id);
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('proposal:submit')")
    ProposalDetails withdraw(@PathVariable long id, @Valid @RequestBody(required = false) ReasonRequest request) {
        submission.withdraw(id, request == null ? null : request.reason());
        return queries.details(id);
    }

    @PostMapping("/{id}/co-signature/confirm")
    @PreAuthorize("hasAuthority('proposal:submit')")
    ProposalDetails confirm(@PathVariable long id) {
        submission.confirmCoSignature(id);
        return queries.details(id);
    }

    @PostMapping("/{id}/co-signature/decline")
    @PreAuthorize("hasAuthority('proposal:submit')")
    ProposalDetails decline(@PathVariable long id) {
        submission.declineCoSignature(id);
        return queries.details(id);
    }
}
