package org.xieshang.support;

import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.Role;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.SignInService;

/** Test data made through the application's own services, with names no other test uses. */
@Component
public class Fixtures {

    public static final String PASSWORD = "Fixture-2026-pass";

    private final JdbcClient jdbc;
    private final UserManagement users;
    private final SignInService signIn;

    Fixtures(JdbcClient jdbc, UserManagement users, SignInService signIn) {
        this.jdbc = jdbc;
        this.users = users;
        this.signIn = signIn;
    }

    /** A municipal committee of its own, so a test's data is out of every other test's way. */
    public long committee() {
        return jdbc.sql("insert into committee (name, short_name, level, region) values (?, ?, 'MUNICIPAL', '测试')"
                        + " returning id")
                .params("测试委员会-" + UUID.randomUUID(), "测试")
                .query(Long.class)
                .single();
    }

    /** A new user in the committee with the given roles; returns the signed-in principal. */
    public XieshangUser user(long committeeId, Role... roles) {
        return user(committeeId, null, null, roles);
    }

    /** A new user acting for a member or a handling unit of the committee. */
    public XieshangUser user(long committeeId, Long memberId, Long handlingUnitId, Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = users.create(
                new NewAccount(committeeId, username, "测试用户", memberId, handlingUnitId, null, false, Set.of(roles)),
                PASSWORD);
        return signIn.principal(id);
    }
}
