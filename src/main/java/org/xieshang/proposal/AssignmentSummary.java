package org.xieshang.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An assignment in a unit's inbox or the office's assignment list, with what the unit has to do next:
 * {@code awaitingCountersign} when a co-unit has the lead's current draft to counter-sign, {@code replied} when the
 * unit's reply for its current round has been sent.
 */
public record AssignmentSummary(
        long id,
        long proposalId,
        long committeeId,
        String officialNumber,
        String title,
        ProposalStatus proposalStatus,
        long unitId,
        AssignmentRole role,
        AssignmentStatus status,
        OffsetDateTime assignedAt,
        LocalDate contestUntil,
        LocalDate deadline,
        int round,
        boolean extensionPending,
        boolean replied,
        boolean awaitingCountersign) {}
