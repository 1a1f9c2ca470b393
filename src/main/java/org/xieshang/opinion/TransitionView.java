package org.xieshang.opinion;

import java.time.OffsetDateTime;

/** One step of a report's history: who moved it from which state to which, when, and why. */
public record TransitionView(
        OpinionAction action,
        OpinionState fromState,
        OpinionState toState,
        String actorName,
        String reason,
        OffsetDateTime occurredAt) {}
