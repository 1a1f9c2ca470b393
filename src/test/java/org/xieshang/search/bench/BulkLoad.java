package org.xieshang.search.bench;

import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.domain.BulkIndex;

/**
 * Fills the index with synthetic records through the platform's own bulk path ({@link BulkIndex}: segmented as
 * {@code SearchIndex.put} does, batches with the statistics trigger off, the word statistics counted once). For
 * benchmarks only: it empties the index first.
 */
final class BulkLoad {

    static final long SEED = 20221225L;

    private final JdbcTemplate jdbc;
    private final BulkIndex bulk;
    private final SyntheticRecords records = new SyntheticRecords();

    BulkLoad(JdbcTemplate jdbc, BulkIndex bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void load(long proposals, long reports) {
        jdbc.execute("truncate search_document, search_term_stat");
        long committees = Math.max(
                1,
                (proposals + SyntheticRecords.PROPOSALS_PER_COMMITTEE - 1) / SyntheticRecords.PROPOSALS_PER_COMMITTEE);
        long perCommitteeProposals = Math.max(1, (proposals + committees - 1) / committees);
        long perCommitteeReports = Math.max(1, (reports + committees - 1) / committees);
        Random random = new Random(SEED);
        long started = System.nanoTime();
        bulk.replaceAll(
                SyntheticRecords.PROPOSAL,
                made(
                        proposals,
                        id -> records.proposal(id, SyntheticRecords.committeeOf(id, perCommitteeProposals), random)));
        bulk.replaceAll(
                SyntheticRecords.OPINION,
                made(reports, id -> records.report(id, SyntheticRecords.committeeOf(id, perCommitteeReports), random)));
        System.out.printf("  loaded and word statistics counted in %.1f s%n", (System.nanoTime() - started) / 1e9);
        jdbc.execute("vacuum analyze search_document");
        jdbc.execute("vacuum analyze search_term_stat");
    }

    /** The records made one by one as the index writes them, with the progress printed now and then. */
    private static Iterable<SearchDocument> made(long count, java.util.function.LongFunction<SearchDocument> make) {
        long started = System.nanoTime();
        return () -> java.util.stream.LongStream.rangeClosed(1, count)
                .mapToObj(id -> {
                    if (id % 20_000 == 0 || id == count) {
                        System.out.printf("  %,d records in %.1f s%n", id, (System.nanoTime() - started) / 1e9);
                    }
                    return make.apply(id);
                })
                .iterator();
    }
}
