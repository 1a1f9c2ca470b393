package org.xieshang.proposal;

/** A reply being written (co-units counter-sign this) or sent to the proposer. */
public enum ReplyStatus {
    DRAFT,
    SUBMITTED
}
