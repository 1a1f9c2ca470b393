package org.xieshang.proposal;

/** A reply was published on the public page (contacts redacted). */
public record ReplyPublished(long proposalId, long committeeId, long replyId, long unitId, DisclosureMode mode)
        implements ProposalEvent {}
