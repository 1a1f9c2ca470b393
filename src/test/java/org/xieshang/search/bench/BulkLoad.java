package org.xieshang.search.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.domain.SearchText;
import tools.jackson.databind.ObjectMapper;

/**
 * Fills the index with synthetic records, fast: rows are segmented exactly as {@code SearchIndex.put} does and
 * inserted in batches with the statistics trigger off; the word statistics are then counted once from the index (the
 * trigger would give the same numbers, one row at a time). For benchmarks only: it empties the index first.
 */
final class BulkLoad {

    static final long SEED = 20221225L;
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final SearchText text;
    private final ObjectMapper json;
    private final SyntheticRecords records = new SyntheticRecords();

    BulkLoad(JdbcTemplate jdbc, SearchText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    void load(long proposals, long reports) {
        jdbc.execute("truncate search_document, search_term_stat");
        jdbc.execute("alter table search_document disable trigger search_document_counted");
        try {
            long committees = Math.max(
                    1,
                    (proposals + SyntheticRecords.PROPOSALS_PER_COMMITTEE - 1)
                            / SyntheticRecords.PROPOSALS_PER_COMMITTEE);
            long perCommitteeProposals = Math.max(1, (proposals + committees - 1) / committees);
            long perCommitteeReports = Math.max(1, (reports + committees - 1) / committees);
            Random random = new Random(SEED);
            insert(
                    proposals,
                    id -> records.proposal(id, SyntheticRecords.committeeOf(id, perCommitteeProposals), random));
            insert(reports, id -> records.report(id, SyntheticRecords.committeeOf(id, perCommitteeReports), random));
        } finally {
            jdbc.execute("alter table search_document enable trigger search_document_counted");
        }
        countWords();
        jdbc.execute("vacuum analyze search_document");
        jdbc.execute("vacuum analyze search_term_stat");
    }

    private void insert(long count, java.util.function.LongFunction<SearchDocument> make) {
        long started = System.nanoTime();
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        for (long id = 1; id <= count; id++) {
            batch.add(make.apply(id));
            if (batch.size() == BATCH || id == count) {
                write(batch);
                batch.clear();
            }
            if (id % 20_000 == 0 || id == count) {
                System.out.printf("  %,d records in %.1f s%n", id, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    private void write(List<SearchDocument> batch) {
        jdbc.batchUpdate("""
                insert into search_document (committee_id, record_type, record_id, title, body, title_tokens,
                                             body_tokens, facets, access_tokens, link, happened_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", batch, batch.size(), this::bind);
    }

    private void bind(PreparedStatement ps, SearchDocument doc) throws SQLException {
        Map<String, String> facets = new LinkedHashMap<>(doc.facets());
        facets.putIfAbsent("year", String.valueOf(doc.at().getYear()));
        ps.setLong(1, doc.committeeId());
        ps.setString(2, doc.type());
        ps.setLong(3, doc.id());
        ps.setString(4, doc.title());
        ps.setString(5, doc.body());
        ps.setString(6, text.indexed(doc.title()));
        ps.setString(7, text.indexed(doc.body()));
        ps.setString(8, json.writeValueAsString(facets));
        ps.setArray(
                9, ps.getConnection().createArrayOf("text", doc.accessTokens().toArray()));
        ps.setString(10, doc.link());
        ps.setObject(11, doc.at(), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private void countWords() {
        long started = System.nanoTime();
        jdbc.execute("""
                insert into search_term_stat (record_type, term, docs)
                select record_type, u.lexeme, count(*) from search_document cross join unnest(document) u
                group by record_type, u.lexeme""");
        jdbc.execute("""
                insert into search_term_stat (record_type, term, docs)
                select record_type, '', count(*) from search_document group by record_type""");
        System.out.printf("  word statistics counted in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
