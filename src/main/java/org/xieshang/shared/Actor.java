package org.xieshang.shared;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in user as other modules see it. The identity module's principal implements this, so a
 * module can learn the user's id, committee and data scope without depending on identity's internals.
 */
public interface Actor {

    long userId();

    String username();

    String displayName();

    /** The committee the user belongs to (the tenant). */
    long committeeId();

    /** Committees whose records the user may read: their own, plus those below it for roles that span levels. */
    Set<Long> visibleCommitteeIds();

    /** The member record the user is, if any. */
    Optional<Long> memberId();

    /** The handling unit the user works for, if any. */
    Optional<Long> handlingUnitId();

    boolean hasPermission(String permission);

    static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    static Actor required() {
        return current().orElseThrow(() -> new XieshangException(XieshangException.Kind.FORBIDDEN, "not-signed-in"));
    }
}
