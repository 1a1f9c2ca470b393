package org.xieshang.proposal;

/** A signer (or staff, on paper) evaluated a reply; {@code statusAfter} shows what it led to. */
public record ProposalEvaluated(
        long proposalId,
        long committeeId,
        long replyId,
        long unitId,
        Long memberId,
        Satisfaction satisfaction,
        boolean lead,
        boolean onPaper,
        ProposalStatus statusAfter)
        implements ProposalEvent {}
