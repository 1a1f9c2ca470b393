package org.xieshang.proposal;

/** A co-unit counter-signed 会签 the lead unit's reply draft. */
public record ReplyCountersigned(long proposalId, long committeeId, long replyId, long coUnitId, long leadUnitId)
        implements ProposalEvent {}
