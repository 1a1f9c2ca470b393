package org.xieshang.proposal;

/** A co-signer confirmed online. */
public record CoSignatureConfirmed(long proposalId, long committeeId, long memberId, Long leadMemberId)
        implements ProposalEvent {}
