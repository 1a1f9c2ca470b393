package org.xieshang.proposal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xieshang.platform.DemoDataset;
import org.xieshang.search.SearchIndex;

/**
 * The demo proposals are written straight into the tables (order 400), past the journal; this puts all of them into
 * the index in one bulk load once they are there.
 */
@Component
class ProposalIndexDemo implements DemoDataset {

    private static final Logger log = LoggerFactory.getLogger(ProposalIndexDemo.class);

    private final ProposalDocuments documents;
    private final SearchIndex index;

    ProposalIndexDemo(ProposalDocuments documents, SearchIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        int written = index.replaceAll(ProposalTokens.TYPE, documents.all());
        log.info("Indexed {} demo proposals in {} ms", written, (System.nanoTime() - started) / 1_000_000);
    }
}
