package org.xieshang.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.identity.IdentitySettings;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.OrganisationDirectory;

/**
 * Loads users for sign-in and keeps count of failures: after {@code maxFailures} wrong passwords in a row the account
 * is locked for {@code lockDuration}. Records every sign-in, success or failure, in the audit trail.
 */
@Service
public class SignInService implements UserDetailsService {

    private final UserAccounts accounts;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final IdentitySettings settings;
    private final Clock clock;

    SignInService(
            UserAccounts accounts,
            OrganisationDirectory organisation,
            AuditTrail audit,
            IdentitySettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(account, accounts.roles(account.id()));
    }

    @Transactional(readOnly = true)
    public XieshangUser principal(long userId) {
        UserAccount account = accounts.byId(userId).orElseThrow(() -> new UsernameNotFoundException("#" + userId));
        return principal(account, accounts.roles(userId)).withoutPassword();
    }

    private XieshangUser principal(UserAccount account, Set<Role> roles) {
        boolean locked = account.lockedUntil() != null
                && account.lockedUntil().toInstant().isAfter(clock.instant());
        Set<Long> visible = account.spansSubtree()
                ? organisation.committeeAndDescendants(account.committeeId())
                : Set.of(account.committeeId());
        return new XieshangUser(
                account.id(),
                account.username(),
                account.passwordHash(),
                account.displayName(),
                account.committeeId(),
                visible,
                account.memberId(),
                account.handlingUnitId(),
                roles,
                accounts.permissions(roles),
                account.enabled(),
                locked);
    }

    @EventListener
    @Transactional
    public void on(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof XieshangUser user) {
            accounts.recordSuccess(user.userId());
            audit.recordFor(
                    user.committeeId(), user.userId(), user.username(), AuditAction.LOGIN_SUCCESS, "user", "登录成功");
        }
    }

    @EventListener
    @Transactional
    public void on(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        var account = accounts.byUsername(username);
        String reason = reason(event);
        if (account.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
            int failures = accounts.recordFailure(account.get().id());
            if (failures >= settings.maxFailures()) {
                Instant until = clock.instant().plus(settings.lockDuration());
                accounts.lockUntil(account.get().id(), until);
                reason = "连续 " + failures + " 次密码错误，账户锁定 " + minutes(settings.lockDuration()) + " 分钟";
            }
        }
        audit.recordFor(
                account.map(UserAccount::committeeId).orElse(null),
                account.map(UserAccount::id).orElse(null),
                username,
                AuditAction.LOGIN_FAILURE,
                "user",
                "登录失败：" + reason);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        String type = event.getException().getClass().getSimpleName();
        return switch (type) {
            case "LockedException" -> "账户已锁定";
            case "DisabledException" -> "账户已停用";
            default -> "用户名或密码错误";
        };
    }

    private static long minutes(Duration duration) {
        return duration.toMinutes();
    }
}
