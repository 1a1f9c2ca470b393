package org.xieshang.opinion;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit transition table of a report: each action names the states it may start from and the state it leads
 * to. Anything not listed here is refused as an illegal transition.
 */
public enum OpinionAction {
    SUBMIT(OpinionState.SUBMITTED, OpinionState.DRAFT),
    EDIT(OpinionState.EDITED, OpinionState.SUBMITTED, OpinionState.EDITED),
    SIGN_OFF(OpinionState.SIGNED_OFF, OpinionState.EDITED),
    ACCEPT(OpinionState.ACCEPTED, OpinionState.SIGNED_OFF),
    FILE(
            OpinionState.FILED,
            OpinionState.SUBMITTED,
            OpinionState.EDITED,
            OpinionState.SIGNED_OFF,
            OpinionState.RECEIVED),
    ADOPT(OpinionState.ADOPTED, OpinionState.RECEIVED),
    REVOKE_ADOPTION(OpinionState.RECEIVED, OpinionState.ADOPTED);

    private final OpinionState target;
    private final Set<OpinionState> from;

    OpinionAction(OpinionState target, OpinionState first, OpinionState... more) {
        this.target = target;
        this.from = Set.copyOf(java.util.EnumSet.of(first, more));
    }

    /** The state this action leads to from {@code current}, or empty when the action is not allowed there. */
    public Optional<OpinionState> from(OpinionState current) {
        return from.contains(current) ? Optional.of(target) : Optional.empty();
    }

    public Set<OpinionState> allowedFrom() {
        return from;
    }

    public OpinionState target() {
        return target;
    }

    /** Every legal move out of {@code state}, for a page that offers only the buttons that will work. */
    public static Map<OpinionAction, OpinionState> legalMoves(OpinionState state) {
        Map<OpinionAction, OpinionState> moves = new EnumMap<>(OpinionAction.class);
        for (OpinionAction action : values()) {
            action.from(state).ifPresent(target -> moves.put(action, target));
        }
        return moves;
    }

    public String messageKey() {
        return "opinion.action." + name();
    }
}
