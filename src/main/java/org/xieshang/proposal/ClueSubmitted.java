package org.xieshang.proposal;

/** The public submitted a proposal clue 提案线索. */
public record ClueSubmitted(long clueId, long committeeId) {}
