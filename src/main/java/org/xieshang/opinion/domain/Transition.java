package org.xieshang.opinion.domain;

import java.time.OffsetDateTime;
import org.xieshang.opinion.OpinionAction;
import org.xieshang.opinion.OpinionState;

/** A move of a report not yet written to its history table. */
public record Transition(
        OpinionAction action, OpinionState from, OpinionState to, Who who, String reason, OffsetDateTime at) {}
