package org.xieshang.opinion.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xieshang.platform.DemoDataset;
import org.xieshang.search.SearchIndex;

/**
 * The demo reports are written with COPY (order 500), past {@code OpinionReports}; this puts all of them into the
 * index in one bulk load once they are there.
 */
@Component
class ReportIndexDemo implements DemoDataset {

    private static final Logger log = LoggerFactory.getLogger(ReportIndexDemo.class);

    private final ReportDocuments documents;
    private final SearchIndex index;

    ReportIndexDemo(ReportDocuments documents, SearchIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @Override
    public int order() {
        return 910;
    }

    @Override
    public void load() {
        long started = System.nanoTime();
        int written = index.replaceAll(ReportTokens.TYPE, documents.all());
        log.info("Indexed {} demo opinion reports in {} ms", written, (System.nanoTime() - started) / 1_000_000);
    }
}
