package org.xieshang.proposal;

import java.time.OffsetDateTime;

/** One step in a proposal's history: who did what, when and why, and whom it concerned. */
public record TimelineEntry(
        long id,
        ProposalAction action,
        ProposalStatus fromStatus,
        ProposalStatus toStatus,
        Long actorId,
        String actorName,
        OffsetDateTime occurredAt,
        String reason,
        Long unitId,
        Long memberId,
        Long relatedProposalId) {}
