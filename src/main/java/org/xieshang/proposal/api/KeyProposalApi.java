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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.proposal.KeyProposals;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.SupervisionKind;

/** Key proposals, their supervision events, and good proposals over the API. */
@RestController
@RequestMapping("/api/v1/proposals/{id}")
class KeyProposalApi {

    private final KeyProposals keys;
    private final ProposalQueries queries;

    KeyProposalApi(KeyProposals keys, ProposalQueries queries) {
        this.keys = keys;
        this.queries = queries;
    }

    record KeyRequest(
            Long leaderUserId,

            @NotBlank(message = "{proposal.validation.leader}") @Size(max = 50, message = "{proposal.validation.text}")
            String leaderName,

            @NotBlank(message = "{proposal.validation.decision}")
            @Size(max = 200, message = "{proposal.validation.text}")
            String decision) {}

    record SupervisionRequest(
            @NotNull(message = "{proposal.validation.supervision-kind}")
            SupervisionKind kind,

            @NotNull(message = "{proposal.validation.held-on}")
            LocalDate heldOn,

            @NotBlank(message = "{proposal.validation.place}") @Size(max = 200, message = "{proposal.validation.text}")
            String place,

            @NotEmpty(message = "{proposal.validation.parties}")
            List<@NotBlank(message = "{proposal.validation.parties}") String> parties,

            @Size(max = 2000, message = "{proposal.validation.text}")
            String attendees,

            @NotBlank(message = "{proposal.validation.minutes}")
            @Size(max = 20000, message = "{proposal.validation.text}")
            String minutes) {}

    record GoodRequest(
            @NotNull(message = "{proposal.validation.year}")
            @Min(value = 2000, message = "{proposal.validation.year}")
            @Max(value = 2100, message = "{proposal.validation.year}")
            Integer year) {}

    /** The id of the supervision event recorded. */
    record Made(long id) {}

    @PostMapping("/key")
    @PreAuthorize("hasAuthority('proposal:key')")
    ProposalDetails selectKey(@PathVariable long id, @Valid @RequestBody KeyRequest request) {
        keys.selectKey(id, request.leaderUserId(), request.leaderName(), request.decision());
        return queries.details(id);
    }

    @PostMapping("/supervisions")
    @PreAuthorize("hasAuthority('proposal:lead')")
    Made recordSupervision(@PathVariable long id, @Valid @RequestBody SupervisionRequest request) {
        return new Made(keys.recordSupervision(
                id,
                new KeyProposals.SupervisionEvent(
                        request.kind(),
                        request.heldOn(),
                        request.place(),
                        request.parties(),
                        request.attendees(),
                        request.minutes())));
    }

    @PostMapping("/good")
    @PreAuthorize("hasAuthority('proposal:key')")
    ProposalDetails selectGood(@PathVariable long id, @Valid @RequestBody GoodRequest request) {
        keys.selectGood(id, request.year());
        return queries.details(id);
    }
}
