package org.xieshang.proposal;

/** The first proposer (LEAD, position 1) or a co-signer of a joint proposal. */
public enum SignerRole {
    LEAD,
    CO_SIGNER
}
