package org.xieshang.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
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
import org.xieshang.identity.Role;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.AccountChanges;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.UserAccount;
import org.xieshang.identity.domain.UserAccounts;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;

/** Users over the API: who am I, and the administrator's list, create and update. */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserAccounts accounts;
    private final UserManagement users;

    UserApi(UserAccounts accounts, UserManagement users) {
        this.accounts = accounts;
        this.users = users;
    }

    /** A user as the API shows it (never the password hash). */
    record UserResponse(
            long id,
            long committeeId,
            String username,
            String displayName,
            Long memberId,
            Long handlingUnitId,
            String staffPost,
            boolean spansSubtree,
            boolean enabled,
            boolean locked,
            Set<Role> roles,
            OffsetDateTime lastLoginAt,
            int version) {}

    /** The signed-in user with their permissions. */
    record MeResponse(
            long id,
            String username,
            String displayName,
            long committeeId,
            Set<Role> roles,
            Set<Long> visibleCommitteeIds,
            java.util.List<String> permissions) {}

    record CreateUserRequest(
            @NotBlank(message = "{user.username.required}")
            @Pattern(regexp = "^[a-zA-Z0-9_.-]{3,40}$", message = "{user.username.pattern}")
            String username,

            @NotBlank(message = "{user.displayName.required}") @Size(max = 40, message = "{user.displayName.size}")
            String displayName,

            @NotBlank(message = "{user.password.required}") String password,
            Long memberId,
            Long handlingUnitId,

            @Size(max = 60, message = "{user.staffPost.size}")
            String staffPost,

            boolean spansSubtree,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles) {}

    record UpdateUserRequest(
            @NotBlank(message = "{user.displayName.required}") @Size(max = 40, message = "{user.displayName.size}")
            String displayName,

            Long memberId,
            Long handlingUnitId,

            @Size(max = 60, message = "{user.staffPost.size}")
            String staffPost,

            boolean spansSubtree,
            @NotNull(message = "{user.enabled.required}") Boolean enabled,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
            @NotNull(message = "{version.required}") Integer version) {}

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    MeResponse me() {
        XieshangUser user = (XieshangUser) Actor.required();
        return new MeResponse(
                user.userId(),
                user.username(),
                user.displayName(),
                user.committeeId(),
                user.roles(),
                user.visibleCommitteeIds(),
                user.getAuthorities().stream()
                        .map(a -> a.getAuthority())
                        .filter(a -> !a.startsWith("ROLE_"))
                        .sorted()
                        .toList());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('user:read')")
    PageSlice<UserResponse> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return accounts.find(Actor.required().visibleCommitteeIds(), q, role, Paging.of(page, size))
                .map(this::response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('user:read')")
    UserResponse get(@PathVariable long id) {
        return response(visible(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('user:manage')")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        Actor actor = Actor.required();
        long id = users.create(
                new NewAccount(
                        actor.committeeId(),
                        request.username(),
                        request.displayName(),
                        request.memberId(),
                        request.handlingUnitId(),
                        request.staffPost(),
                        request.spansSubtree(),
                        request.roles()),
                request.password());
        return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('user:manage')")
    UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
        visible(id);
        users.update(
                id,
                request.version(),
                new AccountChanges(
                        request.displayName(),
                        request.memberId(),
                        request.handlingUnitId(),
                        request.staffPost(),
                        request.spansSubtree(),
                        request.enabled(),
                        request.roles()));
        return get(id);
    }

    private UserAccount visible(long id) {
        return accounts.byId(id)
                .filter(a -> Actor.required().visibleCommitteeIds().contains(a.committeeId()))
                .orElseThrow(() -> new RecordNotFound("用户", id));
    }

    private UserResponse response(UserAccount a) {
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now());
        return new UserResponse(
                a.id(),
                a.committeeId(),
                a.username(),
                a.displayName(),
                a.memberId(),
                a.handlingUnitId(),
                a.staffPost(),
                a.spansSubtree(),
                a.enabled(),
                locked,
                accounts.roles(a.id()),
                a.lastLoginAt(),
                a.version());
    }
}
