package org.xieshang.identity;

import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.identity.domain.AccountChanges;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.PasswordPolicy;
import org.xieshang.identity.domain.UserAccount;
import org.xieshang.identity.domain.UserAccounts;
import org.xieshang.member.MemberDirectory;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.XieshangException;

/** Creating and changing user accounts; every change is audited. */
@Service
@Transactional
public class UserManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final OrganisationDirectory organisation;
    private final MemberDirectory members;

    UserManagement(
            UserAccounts accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AuditTrail audit,
            OrganisationDirectory organisation,
            MemberDirectory members) {
        this.organisation = organisation;
        this.members = members;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    public long create(NewAccount account, String password) {
        policy.check(account.username(), password);
        checkUnit(account.committeeId(), account.handlingUnitId());
        checkMember(account.committeeId(), account.memberId());
        if (accounts.byUsername(account.username()).isPresent()) {
            throw new UsernameTaken(account.username());
        }
        long id = accounts.insert(account, encoder.encode(password));
        audit.recordIn(
                account.committeeId(),
                AuditAction.CREATE,
                "user",
                id,
                "创建用户 " + account.username(),
                null,
                describe(account));
        return id;
    }

    public void update(long id, int version, AccountChanges changes) {
        UserAccount before = require(id);
        checkUnit(before.committeeId(), changes.handlingUnitId());
        checkMember(before.committeeId(), changes.memberId());
        Set<Role> rolesBefore = accounts.roles(id);
        accounts.update(id, version, changes);
        audit.record(
                AuditAction.UPDATE,
                "user",
                id,
                "修改用户 " + before.username(),
                Map.of("displayName", before.displayName(), "enabled", before.enabled(), "roles", rolesBefore),
                Map.of("displayName", changes.displayName(), "enabled", changes.enabled(), "roles", changes.roles()));
    }

    public void resetPassword(long id, String password) {
        UserAccount account = require(id);
        policy.check(account.username(), password);
        accounts.setPassword(id, encoder.encode(password));
        audit.record(AuditAction.UPDATE, "user", id, "重置用户 " + account.username() + " 的密码", null, null);
    }

    public void unlock(long id) {
        UserAccount account = require(id);
        accounts.unlock(id);
        audit.record(AuditAction.STATE_CHANGE, "user", id, "解除用户 " + account.username() + " 的锁定", null, null);
    }

    public void setLargeFont(long id, boolean on) {
        accounts.setLargeFont(id, on);
        audit.record(AuditAction.UPDATE, "user", id, on ? "开启大字版" : "关闭大字版", null, Map.of("largeFont", on));
    }

    public void setTraditional(long id, boolean traditional) {
        String script = traditional ? "TRADITIONAL" : "SIMPLIFIED";
        accounts.setScript(id, script);
        audit.record(AuditAction.UPDATE, "user", id, "切换字体为 " + script, null, Map.of("script", script));
    }

    @Transactional(readOnly = true)
    public Preferences preferences(long id) {
        UserAccount account = require(id);
        return new Preferences(account.largeFont(), "TRADITIONAL".equals(account.script()));
    }

    /** Display preferences kept per user. */
    public record Preferences(boolean largeFont, boolean traditional) {}

    private void checkUnit(long committeeId, Long unitId) {
        if (unitId != null
                && organisation
                        .handlingUnit(unitId)
                        .filter(u -> u.committeeId() == committeeId)
                        .isEmpty()) {
            throw new XieshangException(XieshangException.Kind.INVALID, "handling-unit-unknown", unitId);
        }
    }

    private void checkMember(long committeeId, Long memberId) {
        if (memberId != null
                && members.byId(memberId)
                        .filter(m -> m.committeeId() == committeeId)
                        .isEmpty()) {
            throw new XieshangException(XieshangException.Kind.INVALID, "member-unknown", memberId);
        }
    }

    private UserAccount require(long id) {
        return accounts.byId(id).orElseThrow(() -> new RecordNotFound("user", id));
    }

    private static Map<String, Object> describe(NewAccount account) {
        return Map.of(
                "username", account.username(),
                "displayName", account.displayName(),
                "committeeId", account.committeeId(),
                "roles", account.roles());
    }

    /** Another account already has this user name. */
    public static final class UsernameTaken extends XieshangException {
        UsernameTaken(String username) {
            super(Kind.CONFLICT, "username-taken", username);
        }
    }
}
