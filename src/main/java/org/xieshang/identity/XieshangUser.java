package org.xieshang.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.xieshang.shared.Actor;

/**
 * The signed-in user. Serializable because sessions are stored in the database; holds only plain values so a session
 * written by one node can be read by another.
 */
public final class XieshangUser implements UserDetails, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final long committeeId;
    private final Set<Long> visibleCommitteeIds;
    private final Long memberId;
    private final Long handlingUnitId;
    private final Set<Role> roles;
    private final Set<String> permissions;
    private final boolean enabled;
    private final boolean locked;

    public XieshangUser(
            long userId,
            String username,
            String passwordHash,
            String displayName,
            long committeeId,
            Set<Long> visibleCommitteeIds,
            Long memberId,
            Long handlingUnitId,
            Set<Role> roles,
            Set<String> permissions,
            boolean enabled,
            boolean locked) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.committeeId = committeeId;
        this.visibleCommitteeIds = Set.copyOf(visibleCommitteeIds);
        this.memberId = memberId;
        this.handlingUnitId = handlingUnitId;
        this.roles = Set.copyOf(roles);
        this.permissions = Set.copyOf(permissions);
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public long userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public long committeeId() {
        return committeeId;
    }

    @Override
    public Set<Long> visibleCommitteeIds() {
        return visibleCommitteeIds;
    }

    @Override
    public Optional<Long> memberId() {
        return Optional.ofNullable(memberId);
    }

    @Override
    public Optional<Long> handlingUnitId() {
        return Optional.ofNullable(handlingUnitId);
    }

    @Override
    public boolean hasPermission(String permission) {
        return permissions.contains(permission);
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(roles.stream().map(Role::authority), permissions.stream())
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the password hash, as kept in the session. */
    public XieshangUser withoutPassword() {
        return new XieshangUser(
                userId,
                username,
                "",
                displayName,
                committeeId,
                visibleCommitteeIds,
                memberId,
                handlingUnitId,
                roles,
                permissions,
                enabled,
                locked);
    }

    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
