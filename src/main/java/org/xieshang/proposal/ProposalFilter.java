package org.xieshang.proposal;

import java.util.Set;

/**
 * Filters of the proposal lists; every field is optional. {@code q} matches the title, the official number and the
 * running number; {@code unitId} keeps proposals assigned to that unit; {@code year} is the year of submission.
 */
public record ProposalFilter(
        String q,
        Set<ProposalStatus> statuses,
        ProposalKind kind,
        String category,
        Long meetingId,
        ProposalPeriod period,
        Boolean keyProposal,
        Boolean goodProposal,
        Long unitId,
        Integer year) {

    public ProposalFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static ProposalFilter none() {
        return new ProposalFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
