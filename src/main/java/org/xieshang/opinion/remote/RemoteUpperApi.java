package org.xieshang.opinion.remote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
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
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * A committee's remote upper committee (set by its staff or an administrator), and the messages waiting for or sent
 * to other installations. The tokens are write-only: no answer contains them.
 */
@RestController
@RequestMapping("/api/v1/opinion-remote/committees/{committeeId}")
@PreAuthorize("hasAuthority('opinion:remote')")
class RemoteUpperApi {

    private static final String URL = "https?://\\S+";

    private final RemoteUpperSettings settings;

    RemoteUpperApi(RemoteUpperSettings settings) {
        this.settings = settings;
    }

    record UpperRequest(
            @NotBlank(message = "{opinion-remote.base-url.required}")
            @Size(max = 500, message = "{opinion-remote.field.size}")
            @Pattern(regexp = URL, message = "{opinion-remote.url.pattern}")
            String baseUrl,

            @NotNull(message = "{opinion-remote.remote-committee.required}")
            @Positive(message = "{opinion-remote.remote-committee.required}")
            Long remoteCommitteeId,

            @Size(max = 200, message = "{opinion-remote.field.size}")
            String token,

            @NotBlank(message = "{opinion-remote.callback-url.required}")
            @Size(max = 500, message = "{opinion-remote.field.size}")
            @Pattern(regexp = URL, message = "{opinion-remote.url.pattern}")
            String callbackUrl,

            @Size(max = 200, message = "{opinion-remote.field.size}")
            String callbackToken,

            Integer version) {}

    /** A message of the outbox as an operator follows it (the payload stays inside). */
    record MessageView(
            long id,
            String kind,
            String destination,
            String idempotencyKey,
            int attempts,
            OffsetDateTime nextAttemptAt,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime deliveredAt) {

        static MessageView of(RemoteOutbox.Message m) {
            return new MessageView(
                    m.id(),
                    m.kind().name(),
                    m.destination(),
                    m.idempotencyKey(),
                    m.attempts(),
                    m.nextAttemptAt(),
                    m.lastError(),
                    m.createdAt(),
                    m.deliveredAt());
        }
    }

    @GetMapping("/upper")
    RemoteUpperSettings.View get(@PathVariable long committeeId) {
        return settings.view(committeeId)
                .orElseThrow(() -> OpinionProblems.missing(RemoteUpperSettings.AUDIT_TYPE, committeeId));
    }

    @PutMapping("/upper")
    RemoteUpperSettings.View put(@PathVariable long committeeId, @Valid @RequestBody UpperRequest request) {
        return settings.save(
                committeeId,
                new RemoteUpperSettings.Change(
                        request.baseUrl(),
                        request.remoteCommitteeId(),
                        request.token(),
                        request.callbackUrl(),
                        request.callbackToken(),
                        request.version()));
    }

    @DeleteMapping("/upper")
    ResponseEntity<Void> delete(@PathVariable long committeeId, @RequestParam int version) {
        settings.remove(committeeId, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/outbox")
    PageSlice<MessageView> outbox(
            @PathVariable long committeeId,
            @RequestParam(required = false) RemoteOutbox.Status status,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return settings.messages(committeeId, status, q, Paging.of(page, size)).map(MessageView::of);
    }

    /** Makes the waiting messages due now, e.g. once the other installation is back. */
    @PostMapping("/outbox/retry")
    Map<String, Integer> retry(@PathVariable long committeeId) {
        return Map.of("messages", settings.retryNow(committeeId));
    }
}
