package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.SignerRole;

/** A member who signs a proposal; position 1 is the first proposer. */
public record Signer(
        long memberId,
        int position,
        SignerRole role,
        Confirmation confirmation,
        OffsetDateTime invitedAt,
        OffsetDateTime respondedAt,
        LocalDate deadline) {

    static Signer lead(long memberId, OffsetDateTime at) {
        return new Signer(memberId, 1, SignerRole.LEAD, Confirmation.CONFIRMED, at, at, null);
    }

    static Signer invited(long memberId, int position, OffsetDateTime at, LocalDate deadline) {
        return new Signer(memberId, position, SignerRole.CO_SIGNER, Confirmation.PENDING, at, null, deadline);
    }

    Signer answered(Confirmation answer, OffsetDateTime at) {
        return new Signer(memberId, position, role, answer, invitedAt, at, deadline);
    }

    Signer at(int newPosition) {
        return new Signer(memberId, newPosition, role, confirmation, invitedAt, respondedAt, deadline);
    }

    public boolean confirmed() {
        return confirmation == Confirmation.CONFIRMED;
    }
}
