package org.xieshang.search.domain;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchQuery;
import tools.jackson.databind.ObjectMapper;

/** Writes documents into the index: segmenting is done here, on the writer's thread and in its transaction. */
@Repository
public class IndexedDocuments {

    /** Years are the committee's years: a record of 31 December 20:00 UTC belongs to the next year in China. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final SearchText text;
    private final ObjectMapper json;

    IndexedDocuments(JdbcClient jdbc, SearchText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    public void put(SearchDocument doc) {
        jdbc.sql("""
                insert into search_document (committee_id, record_type, record_id, title, body, title_tokens,
                                             body_tokens, facets, access_tokens, link, happened_at)
                values (:committee, :type, :id, :title, :body, :titleTokens, :bodyTokens, cast(:facets as jsonb),
                        cast(:tokens as text[]), :link, :at)
                on conflict (record_type, record_id) do update
                set committee_id = excluded.committee_id, title = excluded.title, body = excluded.body,
                    title_tokens = excluded.title_tokens, body_tokens = excluded.body_tokens,
                    facets = excluded.facets, access_tokens = excluded.access_tokens, link = excluded.link,
                    happened_at = excluded.happened_at, indexed_at = now()""")
                .param("committee", doc.committeeId())
                .param("type", doc.type())
                .param("id", doc.id())
                .param("title", doc.title())
                .param("body", doc.body())
                .param("titleTokens", text.indexed(doc.title()))
                .param("bodyTokens", text.indexed(doc.body()))
                .param("facets", json.writeValueAsString(facetsWithYear(doc)))
                .param("tokens", doc.accessTokens().stream().sorted().toArray(String[]::new))
                .param("link", doc.link())
                .param("at", doc.at())
                .update();
    }

    public boolean remove(String type, long id) {
        return jdbc.sql("delete from search_document where record_type = ? and record_id = ?")
                        .params(type, id)
                        .update()
                > 0;
    }

    private static Map<String, String> facetsWithYear(SearchDocument doc) {
        Map<String, String> facets = new LinkedHashMap<>(doc.facets());
        if (doc.at() != null) {
            facets.putIfAbsent(
                    SearchQuery.YEAR,
                    String.valueOf(doc.at().atZoneSameInstant(CHINA).getYear()));
        }
        return facets;
    }
}
