package org.xieshang.proposal.search;

/**
 * The proposal's own access tokens, besides the built-in {@code member:<id>} (signers) and {@code unit:<id>} (units
 * assigned and not withdrawn): together they spell out {@code domain/ProposalScope} for the index.
 */
final class ProposalTokens {

    static final String TYPE = "proposal";

    private ProposalTokens() {}

    /** Holders of {@code proposal:read-all} in the committee: every proposal ever submitted. */
    static String all(long committeeId) {
        return "proposal-all:" + committeeId;
    }

    /** Users of the committee who are not a handling unit: filed proposals whose proposers agreed to disclosure. */
    static String disclosed(long committeeId) {
        return "proposal-disclosed:" + committeeId;
    }
}
