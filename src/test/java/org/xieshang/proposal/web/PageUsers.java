package org.xieshang.proposal.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.support.Fixtures;

/**
 * Real accounts for the test kit's users: pages read the signed-in user's preferences from the database, so a page
 * test needs a stored user with the same committee, member, handling unit and role as the kit's principal.
 */
@Component
class PageUsers {

    private final UserManagement users;
    private final SignInService signIn;

    PageUsers(UserManagement users, SignInService signIn) {
        this.users = users;
        this.signIn = signIn;
    }

    private final java.util.Map<Long, XieshangUser> made = new java.util.concurrent.ConcurrentHashMap<>();

    /** The stored twin of a kit user, made once. */
    XieshangUser stored(XieshangUser like) {
        return made.computeIfAbsent(like.userId(), k -> create(like));
    }

    private XieshangUser create(XieshangUser like) {
        String username = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        long id = users.create(
                new NewAccount(
                        like.committeeId(),
                        username,
                        like.displayName(),
                        like.memberId().orElse(null),
                        like.handlingUnitId().orElse(null),
                        null,
                        false,
                        like.roles()),
                Fixtures.PASSWORD);
        return signIn.principal(id);
    }
}
