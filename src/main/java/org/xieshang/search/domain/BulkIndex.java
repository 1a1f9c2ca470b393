package org.xieshang.search.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchQuery;
import tools.jackson.databind.ObjectMapper;

/**
 * Rebuilds every document of one record type at once (demo data, a re-index): rows inserted in batches with the word
 * statistics trigger off, then the type's statistics counted once from the index. The trigger would reach the same
 * numbers one row and a few hundred upserts at a time, which for thousands of records takes minutes instead of
 * seconds. Disabling the trigger locks the table until the transaction ends, so this is for loads, not for daily work.
 */
@Repository
public class BulkIndex {

    private static final int BATCH = 500;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final SearchText text;
    private final ObjectMapper json;

    BulkIndex(JdbcTemplate jdbc, SearchText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    /**
     * Replaces the type's documents by these (all of the given type); returns how many were written. The documents are
     * read once, in order, so a generator may make them as they are written (the benchmark loads 300,000 this way).
     */
    public int replaceAll(String type, Iterable<SearchDocument> documents) {
        int written = 0;
        jdbc.execute("alter table search_document disable trigger search_document_counted");
        try {
            jdbc.update("delete from search_document where record_type = ?", type);
            List<SearchDocument> batch = new ArrayList<>(BATCH);
            for (SearchDocument doc : documents) {
                if (!doc.type().equals(type)) {
                    throw new IllegalArgumentException("A " + doc.type() + " document among " + type);
                }
                batch.add(doc);
                written++;
                if (batch.size() == BATCH) {
                    write(batch);
                    batch.clear();
                }
            }
            write(batch);
        } finally {
            jdbc.execute("alter table search_document enable trigger search_document_counted");
        }
        recount(type);
        return written;
    }

    private void write(List<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into search_document (committee_id, record_type, record_id, title, body, title_tokens,
                                             body_tokens, facets, access_tokens, link, happened_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""", batch, batch.size(), this::bind);
    }

    private void bind(PreparedStatement ps, SearchDocument doc) throws SQLException {
        Map<String, String> facets = new LinkedHashMap<>(doc.facets());
        if (doc.at() != null) {
            facets.putIfAbsent(
                    SearchQuery.YEAR,
                    String.valueOf(doc.at().atZoneSameInstant(CHINA).getYear()));
        }
        ps.setLong(1, doc.committeeId());
        ps.setString(2, doc.type());
        ps.setLong(3, doc.id());
        ps.setString(4, doc.title());
        ps.setString(5, doc.body());
        ps.setString(6, text.indexed(doc.title()));
        ps.setString(7, text.indexed(doc.body()));
        ps.setString(8, json.writeValueAsString(facets));
        ps.setArray(
                9,
                ps.getConnection()
                        .createArrayOf(
                                "text", doc.accessTokens().stream().sorted().toArray()));
        ps.setString(10, doc.link());
        ps.setObject(11, doc.at(), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private void recount(String type) {
        jdbc.update("delete from search_term_stat where record_type = ?", type);
        jdbc.update("""
                insert into search_term_stat (record_type, term, docs)
                select record_type, u.lexeme, count(*) from search_document cross join unnest(document) u
                where record_type = ? group by record_type, u.lexeme""", type);
        jdbc.update("""
                insert into search_term_stat (record_type, term, docs)
                select record_type, '', count(*) from search_document where record_type = ? group by record_type""", type);
    }
}
