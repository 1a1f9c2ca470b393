package org.xieshang.proposal.domain;

/**
 * Told by {@link ProposalJournal} about every proposal it commits, in the same transaction: the search index (in
 * {@code proposal.search}) puts the proposal's document again, so it never lags behind the record.
 */
public interface ProposalIndexHook {

    void changed(long proposalId);
}
