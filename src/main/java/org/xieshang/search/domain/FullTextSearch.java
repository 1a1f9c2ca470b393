package org.xieshang.search.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xieshang.search.FacetCount;
import org.xieshang.search.SearchHit;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs a query against the index: words combined with AND, or with OR when no document holds them all; the data scope
 * and access tokens are part of every statement, so neither the hits, nor the total, nor a facet count tells about a
 * document the actor may not open.
 */
@Service
public class FullTextSearch {

    private static final TypeReference<Map<String, String>> FACETS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SearchText text;
    private final Highlighter highlighter;
    private final ObjectMapper json;

    FullTextSearch(JdbcClient jdbc, SearchText text, Highlighter highlighter, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.highlighter = highlighter;
        this.json = json;
    }

    public SearchResults find(AccessScope scope, SearchQuery query, Paging paging) {
        List<String> words = text.queryWords(query.text());
        Where where = filtered(scope, query, words, true);
        Map<String, List<FacetCount>> facets = facetCounts(where);
        boolean allWords = true;
        if (words.size() > 1 && total(facets) == 0) {
            allWords = false;
            where = filtered(scope, query, words, false);
            facets = facetCounts(where);
        }
        List<SearchHit> hits = hits(where, !words.isEmpty(), words, paging);
        return new SearchResults(
                new PageSlice<>(hits, paging.page(), paging.size(), total(facets)), facets, allWords, words);
    }

    /** The record types the index holds (from the statistics table: a few rows, not a scan of the index). */
    public List<String> types() {
        return jdbc.sql("select record_type from search_term_stat where term = '' and docs > 0 order by record_type")
                .query(String.class)
                .list();
    }

    private Where filtered(AccessScope scope, SearchQuery query, List<String> words, boolean allWords) {
        Where where = new Where();
        scope.restrict(where);
        if (!words.isEmpty()) {
            where.and("d.document @@ to_tsquery('simple', :query)", "query", SearchText.tsquery(words, allWords));
        }
        if (query.type() != null) {
            where.and("d.record_type = :type", "type", query.type());
        }
        if (!query.facets().isEmpty()) {
            where.and("d.facets @> cast(:facets as jsonb)", "facets", json.writeValueAsString(query.facets()));
        }
        return where;
    }

    /** The hits per type and per filter facet value, in one pass over the matching documents. */
    private Map<String, List<FacetCount>> facetCounts(Where where) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.TYPE_FACET, new ArrayList<>());
        SearchQuery.FILTER_FACETS.forEach(name -> facets.put(name, new ArrayList<>()));
        jdbc.sql("with matches as materialized (select d.record_type, d.facets from search_document d where "
                        + where.sql() + ")"
                        + " select 'type' as name, record_type as value, count(*) as hits from matches"
                        + " group by record_type"
                        + " union all"
                        + " select f.key, f.value, count(*) from matches cross join jsonb_each_text(matches.facets) f"
                        + " where f.key = any(cast(:facetNames as text[])) group by f.key, f.value"
                        + " order by name, hits desc, value")
                .params(where.params())
                .param("facetNames", SearchQuery.FILTER_FACETS.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    facets.get(rs.getString("name")).add(new FacetCount(rs.getString("value"), rs.getLong("hits")));
                });
        return facets;
    }

    private static long total(Map<String, List<FacetCount>> facets) {
        return facets.get(SearchResults.TYPE_FACET).stream()
                .mapToLong(FacetCount::count)
                .sum();
    }

    private List<SearchHit> hits(Where where, boolean ranked, List<String> words, Paging paging) {
        String rank = ranked ? "ts_rank_cd(d.document, to_tsquery('simple', :query), 1)" : "0";
        return jdbc.sql("select d.record_type, d.record_id, d.committee_id, d.title, d.body, d.facets::text as facets,"
                        + " d.link, d.happened_at, " + rank + " as score from search_document d where " + where.sql()
                        + " order by score desc, d.happened_at desc nulls last, d.id desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> hit(rs, words))
                .list();
    }

    private SearchHit hit(ResultSet rs, List<String> words) throws SQLException {
        String title = rs.getString("title");
        return new SearchHit(
                rs.getString("record_type"),
                rs.getLong("record_id"),
                rs.getLong("committee_id"),
                title,
                highlighter.marked(title, words),
                highlighter.snippet(rs.getString("body"), words),
                json.readValue(rs.getString("facets"), FACETS),
                rs.getString("link"),
                rs.getObject("happened_at", OffsetDateTime.class),
                rs.getDouble("score"));
    }
}
