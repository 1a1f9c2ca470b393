package org.xieshang.opinion.search;

import org.springframework.stereotype.Component;
import org.xieshang.opinion.domain.ReportIndexHook;
import org.xieshang.search.SearchIndex;

/** Keeps the index in step with every report written or deleted, in the writing transaction. */
@Component
class ReportIndexer implements ReportIndexHook {

    private final ReportDocuments documents;
    private final SearchIndex index;

    ReportIndexer(ReportDocuments documents, SearchIndex index) {
        this.documents = documents;
        this.index = index;
    }

    @Override
    public void changed(long reportId) {
        documents.of(reportId).ifPresentOrElse(index::put, () -> removed(reportId));
    }

    @Override
    public void removed(long reportId) {
        index.remove(ReportTokens.TYPE, reportId);
    }
}
