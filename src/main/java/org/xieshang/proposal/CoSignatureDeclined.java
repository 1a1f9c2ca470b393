package org.xieshang.proposal;

/** A co-signer declined; the first proposer must remove them before submitting. */
public record CoSignatureDeclined(long proposalId, long committeeId, long memberId, Long leadMemberId)
        implements ProposalEvent {}
