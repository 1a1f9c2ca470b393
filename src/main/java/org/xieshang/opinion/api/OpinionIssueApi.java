package org.xieshang.opinion.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.opinion.IssueDraft;
import org.xieshang.opinion.IssueState;
import org.xieshang.opinion.IssueSummary;
import org.xieshang.opinion.IssueView;
import org.xieshang.opinion.OpinionIssues;
import org.xieshang.opinion.PieceKind;
import org.xieshang.opinion.api.ReportRequests.VersionRequest;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Issues of the periodical 《社情民意》: list, one issue with its pieces, compile, change, discard, publish. */
@RestController
@RequestMapping("/api/v1/opinion-issues")
class OpinionIssueApi {

    private final OpinionIssues issues;

    OpinionIssueApi(OpinionIssues issues) {
        this.issues = issues;
    }

    record IssueRequest(
            @NotNull(message = "{opinion.year.required}")
            @Min(value = 2000, message = "{opinion.year.range}")
            @Max(value = 2100, message = "{opinion.year.range}")
            Integer year,

            List<String> recipients,

            @NotEmpty(message = "{opinion.piece.reports.required}")
            List<@Valid PieceRequest> pieces) {

        IssueDraft draft() {
            return new IssueDraft(
                    year,
                    recipients,
                    pieces.stream()
                            .map(p -> new IssueDraft.PieceDraft(p.kind(), p.title(), p.body(), p.reportIds()))
                            .toList());
        }
    }

    record PieceRequest(
            @NotNull(message = "{opinion.piece.kind.required}")
            PieceKind kind,

            @Size(max = 100, message = "{opinion.title.size}")
            String title,

            @Size(max = 20000, message = "{opinion.text.size}")
            String body,

            @NotEmpty(message = "{opinion.piece.reports.required}")
            List<Long> reportIds) {}

    @GetMapping
    @PreAuthorize("hasAuthority('opinion:read')")
    PageSlice<IssueSummary> list(
            @RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) IssueState state,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return issues.list(committeeId, year, state, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:read')")
    IssueView get(@PathVariable long id) {
        return issues.view(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('opinion:manage')")
    ResponseEntity<IssueView> create(@Valid @RequestBody IssueRequest request) {
        long id = issues.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/opinion-issues/" + id))
                .body(issues.view(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:manage')")
    IssueView update(@PathVariable long id, @RequestParam int version, @Valid @RequestBody IssueRequest request) {
        issues.update(id, version, request.draft());
        return issues.view(id);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('opinion:manage')")
    ResponseEntity<Void> discard(@PathVariable long id, @RequestParam int version) {
        issues.discard(id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('opinion:manage')")
    IssueView publish(@PathVariable long id, @Valid @RequestBody VersionRequest request) {
        return issues.publish(id, request.version());
    }
}
