package org.xieshang.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xieshang.identity.domain.ApiTokens;
import org.xieshang.identity.domain.ApiTokens.CreatedToken;
import org.xieshang.identity.domain.ApiTokens.TokenView;
import org.xieshang.shared.Actor;

/** The signed-in user's personal API tokens. */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasAuthority('token:manage')")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record CreateTokenRequest(
            @NotBlank(message = "{token.name.required}") @Size(max = 60, message = "{token.name.size}")
            String name,

            @Min(value = 1, message = "{token.days.range}") @Max(value = 3650, message = "{token.days.range}")
            Integer validDays) {}

    @GetMapping
    List<TokenView> list() {
        return tokens.list(Actor.required().userId());
    }

    @PostMapping
    ResponseEntity<CreatedToken> create(@Valid @RequestBody CreateTokenRequest request) {
        CreatedToken created = tokens.create(Actor.required(), request.name().strip(), request.validDays());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(Actor.required(), id);
        return ResponseEntity.noContent().build();
    }
}
