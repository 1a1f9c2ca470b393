package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalReview;
import org.xieshang.proposal.ProposalReview.Filed;

/** The proposal office's review: file, return, not file (with conversion), merge. */
@RestController
@RequestMapping("/api/v1/proposals/{id}")
@PreAuthorize("hasAuthority('proposal:review')")
class ReviewApi {

    private final ProposalReview review;
    private final ProposalQueries queries;

    ReviewApi(ProposalReview review, ProposalQueries queries) {
        this.review = review;
        this.queries = queries;
    }

    record ReturnRequest(
            @NotBlank(message = "{proposal.validation.reason}")
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    record NotFileRequest(
            @NotBlank(message = "{proposal.validation.reason-code}")
            String reasonCode,

            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String note,

            Conversion conversion) {}

    record ConversionRequest(
            @NotNull(message = "{proposal.validation.conversion}")
            Conversion conversion,

            @NotBlank(message = "{proposal.validation.reference}")
            @Size(max = 100, message = "{proposal.validation.text}")
            String reference) {}

    record MergeRequest(
            @NotNull(message = "{proposal.validation.primary}")
            Long primaryId) {}

    @PostMapping("/file")
    Filed file(@PathVariable long id) {
        return review.file(id);
    }

    @PostMapping("/return")
    ProposalDetails returnForRevision(@PathVariable long id, @Valid @RequestBody ReturnRequest request) {
        review.returnForRevision(id, request.reason());
        return queries.details(id);
    }

    @PostMapping("/not-file")
    ProposalDetails notFile(@PathVariable long id, @Valid @RequestBody NotFileRequest request) {
        review.notFile(id, request.reasonCode(), request.note(), request.conversion());
        return queries.details(id);
    }

    @PostMapping("/conversion")
    ProposalDetails linkConversion(@PathVariable long id, @Valid @RequestBody ConversionRequest request) {
        review.linkConversion(id, request.conversion(), request.reference());
        return queries.details(id);
    }

    @PostMapping("/merge")
    ProposalDetails merge(@PathVariable long id, @Valid @RequestBody MergeRequest request) {
        review.merge(id, request.primaryId());
        return queries.details(id);
    }
}
