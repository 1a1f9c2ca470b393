package org.xieshang.proposal.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.xieshang.shared.Actor;

/** Stamps steps with the time of the application's clock (tests and demo data may set that clock). */
@Component
public class ProposalClock {

    private final Clock clock;

    ProposalClock(Clock clock) {
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The signed-in user acting now. */
    public Act act() {
        return Act.of(Actor.required(), now());
    }
}
