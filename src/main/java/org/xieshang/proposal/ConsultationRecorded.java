package org.xieshang.proposal;

/** The face-to-face consultation was held and recorded. */
public record ConsultationRecorded(long proposalId, long committeeId, long consultationId) implements ProposalEvent {}
