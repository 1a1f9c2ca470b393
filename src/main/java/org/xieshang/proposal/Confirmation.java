package org.xieshang.proposal;

/** A co-signer's answer to the invitation; the first proposer is CONFIRMED from the start. */
public enum Confirmation {
    PENDING,
    CONFIRMED,
    DECLINED
}
