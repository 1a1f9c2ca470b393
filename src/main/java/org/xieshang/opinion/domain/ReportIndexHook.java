package org.xieshang.opinion.domain;

/**
 * Told by {@link OpinionReports} about every report it writes or deletes, in the same transaction: the search index (in
 * {@code opinion.search}) follows the record, and a rollback takes both back.
 */
public interface ReportIndexHook {

    void changed(long reportId);

    void removed(long reportId);
}
