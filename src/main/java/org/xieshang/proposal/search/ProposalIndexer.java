package org.xieshang.proposal.search;

import org.springframework.stereotype.Component;
import org.xieshang.proposal.domain.ProposalIndexHook;
import org.xieshang.search.SearchIndex;

/**
 * Keeps the index in step with every committed proposal, in the committing transaction: a rollback takes the index
 * change back with the record. A proposal nobody could see any more (no token left) is taken out of the index.
 */
@Component
class ProposalIndexer implements ProposalIndexHook {

    private final ProposalDocuments documents;
    private final SearchIndex index;

    ProposalIndexer(ProposalDocuments documents, SearchIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @Override
    public void changed(long proposalId) {
        documents.of(proposalId).ifPresentOrElse(index::put, () -> index.remove(ProposalTokens.TYPE, proposalId));
    }
}
