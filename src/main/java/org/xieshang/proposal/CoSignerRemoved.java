package org.xieshang.proposal;

/** The first proposer removed a co-signer from the draft. */
public record CoSignerRemoved(long proposalId, long committeeId, long memberId, Long leadMemberId)
        implements ProposalEvent {}
