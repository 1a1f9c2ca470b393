package org.xieshang.proposal.web;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.NewAccount;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.support.Fixtures;

/**
 * Pages look up the signed-in user's account (display preferences), so page tests need real accounts: this makes one
 * with the same committee, member, unit and roles as a test kit's principal.
 */
@Component
public class PageUsers {

    private final UserManagement users;
    private final SignInService signIn;

    PageUsers(UserManagement users, SignInService signIn) {
        this.users = users;
        this.signIn = signIn;
    }

    public XieshangUser real(XieshangUser like) {
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
