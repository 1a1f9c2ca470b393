package org.xieshang.proposal;

import static org.xieshang.proposal.ProposalStatus.ASSIGNED;
import static org.xieshang.proposal.ProposalStatus.CLOSED;
import static org.xieshang.proposal.ProposalStatus.CONSULTATION;
import static org.xieshang.proposal.ProposalStatus.DRAFT;
import static org.xieshang.proposal.ProposalStatus.EVALUATED;
import static org.xieshang.proposal.ProposalStatus.FILED;
import static org.xieshang.proposal.ProposalStatus.HANDLING;
import static org.xieshang.proposal.ProposalStatus.MERGED;
import static org.xieshang.proposal.ProposalStatus.NOT_FILED;
import static org.xieshang.proposal.ProposalStatus.REHANDLING;
import static org.xieshang.proposal.ProposalStatus.REPLIED;
import static org.xieshang.proposal.ProposalStatus.RETURNED;
import static org.xieshang.proposal.ProposalStatus.SUBMITTED;
import static org.xieshang.proposal.ProposalStatus.WITHDRAWN;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table: every step a proposal can take, the states it may be taken from, and the state it leads to
 * (empty: the step is recorded in the history but leaves the state as it is). The aggregate refuses a step from any
 * other state; pages may ask {@link #allowedFrom} to decide which buttons to show.
 */
public enum ProposalAction {
    CREATE(Set.of(), DRAFT),
    /** Changing the text or the co-signers; not a history row (the audit trail keeps edits). */
    EDIT(EnumSet.of(DRAFT, RETURNED), null),
    CO_SIGNER_INVITED(EnumSet.of(DRAFT), null),
    CO_SIGNER_REMOVED(EnumSet.of(DRAFT), null),
    CO_SIGNATURE_CONFIRMED(EnumSet.of(DRAFT), null),
    CO_SIGNATURE_DECLINED(EnumSet.of(DRAFT), null),
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED),
    RETURN(EnumSet.of(SUBMITTED), RETURNED),
    REOPEN(EnumSet.of(RETURNED), DRAFT),
    WITHDRAW(EnumSet.of(DRAFT, SUBMITTED, RETURNED), WITHDRAWN),
    FILE(EnumSet.of(SUBMITTED), FILED),
    NOT_FILE(EnumSet.of(SUBMITTED), NOT_FILED),
    CONVERSION_LINKED(EnumSet.of(NOT_FILED), null),
    MERGE(EnumSet.of(FILED), MERGED),
    MERGE_RECEIVED(EnumSet.of(FILED), null),
    ASSIGN(EnumSet.of(FILED, MERGED), ASSIGNED),
    ASSIGNMENT_ACCEPTED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    ASSIGNMENT_CONTESTED(EnumSet.of(ASSIGNED), null),
    ASSIGNMENT_REASSIGNED(EnumSet.of(ASSIGNED), null),
    CONTEST_REJECTED(EnumSet.of(ASSIGNED), null),
    START_HANDLING(EnumSet.of(ASSIGNED), HANDLING),
    EXTENSION_REQUESTED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    EXTENSION_APPROVED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    EXTENSION_REFUSED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    CO_UNIT_OPINION(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    REPLY_COUNTERSIGNED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    REPLY_SUBMITTED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING), null),
    REPLY(EnumSet.of(HANDLING, REHANDLING), REPLIED),
    REPLY_REVIEWED(EnumSet.of(ASSIGNED, HANDLING, REHANDLING, REPLIED), null),
    REPLY_PUBLISHED(EnumSet.of(REPLIED, REHANDLING, EVALUATED, CONSULTATION, CLOSED), null),
    EVALUATION_RECORDED(EnumSet.of(REPLIED, EVALUATED), null),
    EVALUATE(EnumSet.of(REPLIED), EVALUATED),
    OPEN_REHANDLING(EnumSet.of(REPLIED), REHANDLING),
    REQUIRE_CONSULTATION(EnumSet.of(REPLIED), CONSULTATION),
    CONSULTATION_RECORDED(EnumSet.of(CONSULTATION), null),
    CLOSE(EnumSet.of(REPLIED, EVALUATED, CONSULTATION), CLOSED),
    KEY_SELECTED(EnumSet.of(FILED, MERGED, ASSIGNED, HANDLING, REPLIED, REHANDLING, EVALUATED, CONSULTATION), null),
    SUPERVISION_RECORDED(
            EnumSet.of(FILED, MERGED, ASSIGNED, HANDLING, REPLIED, REHANDLING, EVALUATED, CONSULTATION, CLOSED), null),
    GOOD_SELECTED(EnumSet.of(REPLIED, EVALUATED, CONSULTATION, CLOSED), null),
    FOLLOW_UP_RECORDED(EnumSet.of(EVALUATED, CONSULTATION, CLOSED), null);

    private final Set<ProposalStatus> from;
    private final ProposalStatus to;

    ProposalAction(Set<ProposalStatus> from, ProposalStatus to) {
        this.from = from.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(from));
        this.to = to;
    }

    public boolean allowedFrom(ProposalStatus status) {
        return from.contains(status);
    }

    public Set<ProposalStatus> from() {
        return from;
    }

    /** The state the step leads to; empty when it leaves the state unchanged. */
    public Optional<ProposalStatus> to() {
        return Optional.ofNullable(to);
    }

    /** The state after taking this step from {@code status}. */
    public ProposalStatus target(ProposalStatus status) {
        return to == null ? status : to;
    }

    public boolean changesState() {
        return to != null;
    }

    public String messageKey() {
        return "proposal.action." + name();
    }
}
