package org.xieshang.opinion;

import java.time.LocalDate;

/**
 * What happened at a level. {@code relatedKey} ties an instruction, a department adoption or a revocation to the
 * idempotency key of the adoption it concerns; {@code adoptionKind} on an instruction is the kind of that adoption.
 */
public record Outcome(
        OutcomeType type,
        AdoptionKind adoptionKind,
        InstructionRank rank,
        String leaderTitle,
        String detail,
        String relatedKey,
        LocalDate occurredOn) {

    public static Outcome of(OutcomeType type, LocalDate on) {
        return new Outcome(type, null, null, null, null, null, on);
    }
}
