package org.xieshang.proposal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.ClueStatus;
import org.xieshang.proposal.ClueView;
import org.xieshang.proposal.ProposalClues;
import org.xieshang.proposal.TopicView;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Screening proposal clues into the topic catalogue, and reading the catalogue. The public form that submits clues
 * (with its rate limit) belongs to the portal and calls {@link ProposalClues#submit}.
 */
@RestController
class ClueApi {

    private final ProposalClues clues;

    ClueApi(ProposalClues clues) {
        this.clues = clues;
    }

    record TopicRequest(
            @Min(value = 2000, message = "{proposal.validation.year}")
            @Max(value = 2100, message = "{proposal.validation.year}")
            int year,

            @NotBlank(message = "{proposal.validation.topic-title}")
            @Size(max = 200, message = "{proposal.validation.text}")
            String title,

            String category,

            @Size(max = 2000, message = "{proposal.validation.text}")
            String description) {

        ProposalClues.NewTopic topic() {
            return new ProposalClues.NewTopic(year, title, category, description);
        }
    }

    /** Accept under an existing topic ({@code topicId}) or under a new one ({@code topic}). */
    record AcceptRequest(Long topicId, @Valid TopicRequest topic) {}

    record RejectRequest(
            @NotBlank(message = "{proposal.validation.reason}")
            @Size(max = 500, message = "{proposal.validation.reason-size}")
            String reason) {}

    /** The id of the topic. */
    record Topic(long topicId) {}

    @GetMapping("/api/v1/proposal-clues")
    @PreAuthorize("hasAuthority('proposal:manage')")
    PageSlice<ClueView> list(
            @RequestParam(required = false) ClueStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return clues.clues(status, Paging.of(page, size));
    }

    @PostMapping("/api/v1/proposal-clues/{id}/accept")
    @PreAuthorize("hasAuthority('proposal:manage')")
    Topic accept(@PathVariable long id, @Valid @RequestBody AcceptRequest request) {
        return new Topic(clues.accept(
                id,
                request.topicId(),
                request.topic() == null ? null : request.topic().topic()));
    }

    @PostMapping("/api/v1/proposal-clues/{id}/reject")
    @PreAuthorize("hasAuthority('proposal:manage')")
    void reject(@PathVariable long id, @Valid @RequestBody RejectRequest request) {
        clues.reject(id, request.reason());
    }

    @GetMapping("/api/v1/proposal-topics")
    @PreAuthorize("hasAuthority('proposal:read')")
    List<TopicView> catalogue(@RequestParam(required = false) Integer year) {
        return clues.catalogue(year);
    }

    @PostMapping("/api/v1/proposal-topics")
    @PreAuthorize("hasAuthority('proposal:manage')")
    Topic createTopic(@Valid @RequestBody TopicRequest request) {
        return new Topic(clues.createTopic(request.topic()));
    }
}
