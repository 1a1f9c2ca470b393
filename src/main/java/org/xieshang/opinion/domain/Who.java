package org.xieshang.opinion.domain;

import org.xieshang.shared.Actor;

/** Who did something, as stamped on a record: a user, or nobody for a delivery from another installation. */
public record Who(Long id, String name) {

    public static final Who SYSTEM = new Who(null, null);

    public static Who of(Actor actor) {
        return new Who(actor.userId(), actor.displayName());
    }

    public static Who current() {
        return Actor.current().map(Who::of).orElse(SYSTEM);
    }
}
