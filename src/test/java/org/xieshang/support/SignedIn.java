package org.xieshang.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xieshang.identity.XieshangUser;

/** Runs work on this thread as a signed-in user would, the way a request does; restores whoever was signed in. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(XieshangUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public static void run(XieshangUser user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
