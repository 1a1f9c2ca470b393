package org.xieshang.member;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xieshang.identity.XieshangUser;

/** Runs a piece of test set-up as a signed-in user, for services that read the actor. */
final class WithActor {

    private WithActor() {}

    static void run(XieshangUser user, Runnable action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "", user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
