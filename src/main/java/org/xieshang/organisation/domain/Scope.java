package org.xieshang.organisation.domain;

import java.util.Set;
import org.xieshang.shared.Actor;
import org.xieshang.shared.RecordNotFound;

/**
 * The signed-in user's data scope. A committee outside it reads exactly like one that does not exist, so probing ids
 * reveals nothing.
 */
final class Scope {

    private Scope() {}

    static Set<Long> visible() {
        return Actor.required().visibleCommitteeIds();
    }

    static void requireVisible(long committeeId) {
        if (!visible().contains(committeeId)) {
            throw new RecordNotFound("committee", committeeId);
        }
    }
}
