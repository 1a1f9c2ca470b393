package org.xieshang.search.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * document the actor may not open. Work is bounded: at most {@link SearchSettings#countedMatches()} matches are
 * counted and ranked; beyond that the total is a lower bound and hits come newest first (read from an index, not
 * sorted), which keeps a word found in most records as fast as a rare one.
 */
@Service
public class FullTextSearch {

    private static final TypeReference<Map<String, String>> FACETS = new TypeReference<>() {};

    /** Per type, per filter facet value, and (the empty set) the ids of all matches when no more were found. */
    private static final String COUNTED_SETS = "(record_type), "
            + SearchQuery.FILTER_FACETS.stream()
                    .map(facet -> "(facets ->> '" + facet + "')")
                    .collect(Collectors.joining(", "))
            + ", ()";

    /** The empty grouping set is the row where every grouping column is rolled up: all bits of grouping(...) set. */
    private static final String COUNTED_COLUMNS = "record_type, "
            + SearchQuery.FILTER_FACETS.stream()
                    .map(facet -> "facets ->> '" + facet + "' as " + facet)
                    .collect(Collectors.joining(", "))
            + ", count(*) as hits, case when grouping(record_type, "
            + SearchQuery.FILTER_FACETS.stream()
                    .map(facet -> "(facets ->> '" + facet + "')")
                    .collect(Collectors.joining(", "))
            + ") = " + ((1 << (SearchQuery.FILTER_FACETS.size() + 1)) - 1)
            + " and count(*) <= :limit then array_agg(id) end as ids";

    private static final String HIT_COLUMNS = "select d.record_type, d.record_id, d.committee_id, d.title, d.body,"
            + " d.facets::text as facets, d.link, d.happened_at";

    private final JdbcClient jdbc;
    private final SearchText text;
    private final Highlighter highlighter;
    private final ObjectMapper json;
    private final SearchSettings settings;

    FullTextSearch(
            JdbcClient jdbc, SearchText text, Highlighter highlighter, ObjectMapper json, SearchSettings settings) {
        this.jdbc = jdbc;
        this.text = text;
        this.highlighter = highlighter;
        this.json = json;
        this.settings = settings;
    }

    /** The counts, and when all matches were counted ({@code exact}) their ids: all the hits there are to order. */
    record Counted(long total, boolean exact, Map<String, List<FacetCount>> facets, Long[] ids) {}

    @Transactional(readOnly = true)
    public SearchResults find(AccessScope scope, SearchQuery query, Paging paging) {
        CustomPlans.useForWords(jdbc);
        List<String> words = text.queryWords(query.text());
        Where where = filtered(scope, query, words, true);
        Counted counted = count(where);
        boolean allWords = true;
        if (words.size() > 1 && counted.total() == 0) {
            allWords = false;
            where = filtered(scope, query, words, false);
            counted = count(where);
        }
        List<SearchHit> hits;
        if (counted.total() == 0) {
            hits = List.of();
        } else if (counted.ids() != null) {
            Where among = filtered(scope, query, List.of(), allWords, false).and("d.id = any(cast(:ids as bigint[]))");
            hits = rankedAmong(among.param("ids", counted.ids()), words, allWords, paging);
        } else {
            hits = newestFirst(where, words, paging);
        }
        return new SearchResults(
                new PageSlice<>(hits, paging.page(), paging.size(), counted.total()),
                counted.facets(),
                allWords,
                counted.exact(),
                words);
    }

    /** The record types the index holds (from the statistics table: a few rows, not a scan of the index). */
    public List<String> types() {
        return jdbc.sql("select record_type from search_term_stat where term = '' and docs > 0 order by record_type")
                .query(String.class)
                .list();
    }

    private Where filtered(AccessScope scope, SearchQuery query, List<String> words, boolean allWords) {
        return filtered(scope, query, words, allWords, words.isEmpty());
    }

    /** With {@code facetIndex} false the filters are checked on rows found otherwise (by the words, or by id). */
    private Where filtered(
            AccessScope scope, SearchQuery query, List<String> words, boolean allWords, boolean facetIndex) {
        Where where = new Where();
        scope.restrict(where);
        if (query.type() != null) {
            where.and("d.record_type = :type", "type", query.type());
        }
        if (!query.facets().isEmpty()) {
            // with words, the filters are checked on the rows the words found, not read from the facet index: it is
            // lossy, so ANDing it in makes PostgreSQL check every row again, the words too (each row's word vector read
            // from the TOAST table) — 25 ms instead of 6 for staff searching 长江 in 生态文明; and a category usually
            // follows from the words (冷链物流 is 经济), so the bitmap hardly narrows anything
            String facets = facetIndex ? "d.facets" : "(d.facets || cast('{}' as jsonb))";
            where.and(facets + " @> cast(:facets as jsonb)", "facets", json.writeValueAsString(query.facets()));
        }
        // last: conditions of equal cost are checked in the order written, and where rows are read newest first rather
        // than found by the index, matching the words means reading each row's word vector from the TOAST table
        if (!words.isEmpty()) {
            where.and("d.document @@ to_tsquery('simple', :query)", "query", SearchText.tsquery(words, allWords));
        }
        return where;
    }

    /**
     * The hits per type and per filter facet value, in one pass over at most the counted matches and one more (which
     * tells that there are more; the counts then cover that sample). Facet names are the constants of {@link SearchQuery}, never user input.
     */
    private Counted count(Where where) {
        int limit = settings.countedMatches();
        AtomicReference<Long[]> ids = new AtomicReference<>();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put(SearchResults.TYPE_FACET, new ArrayList<>());
        SearchQuery.FILTER_FACETS.forEach(name -> facets.put(name, new ArrayList<>()));
        jdbc.sql("select " + COUNTED_COLUMNS
                        + " from (select d.id, d.record_type, d.facets from search_document d where " + where.sql()
                        + " limit :counted) m group by grouping sets (" + COUNTED_SETS + ")")
                .params(where.params())
                .param("counted", limit + 1)
                .param("limit", limit)
                .query((ResultSet rs) -> {
                    Array matched = rs.getArray("ids");
                    if (matched != null) {
                        ids.set((Long[]) matched.getArray());
                    }
                    String type = rs.getString("record_type");
                    if (type != null) {
                        facets.get(SearchResults.TYPE_FACET).add(new FacetCount(type, rs.getLong("hits")));
                        return;
                    }
                    for (String facet : SearchQuery.FILTER_FACETS) {
                        String value = rs.getString(facet);
                        if (value != null) {
                            facets.get(facet).add(new FacetCount(value, rs.getLong("hits")));
                        }
                    }
                });
        facets.values()
                .forEach(counts -> counts.sort((a, b) -> a.count() != b.count()
                        ? Long.compare(b.count(), a.count())
                        : a.value().compareTo(b.value())));
        long seen = facets.get(SearchResults.TYPE_FACET).stream()
                .mapToLong(FacetCount::count)
                .sum();
        return new Counted(Math.min(seen, limit), seen <= limit, facets, ids.get());
    }

    /**
     * A page of all the matches (their ids from the count), ranked by the words or without words newest first. Rows are
     * read by primary key instead of running the search again, which would visit every row holding the words, of every
     * committee, and read each one's words twice (to match and to rank). Scope, tokens and filters are checked again,
     * so a record changed in between is shown only if it may still be opened.
     */
    private List<SearchHit> rankedAmong(Where among, List<String> words, boolean allWords, Paging paging) {
        boolean ranked = !words.isEmpty();
        String rank = ranked ? "ts_rank_cd(d.document, to_tsquery('simple', :query), 1)" : "0";
        String order = ranked ? "score desc, " : "";
        if (ranked) {
            among.param("query", SearchText.tsquery(words, allWords));
        }
        return jdbc.sql(HIT_COLUMNS + ", " + rank + " as score from search_document d where " + among.sql()
                        + " order by " + order + "d.happened_at desc nulls last, d.id desc limit :limit offset :offset")
                .params(among.params())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> hit(rs, words))
                .list();
    }

    /** Beyond the counted matches: newest first, read in the order of the (happened_at, id) index. */
    private List<SearchHit> newestFirst(Where where, List<String> words, Paging paging) {
        return jdbc.sql(HIT_COLUMNS + ", 0 as score from search_document d where " + where.sql()
                        + " order by d.happened_at desc nulls last, d.id desc limit :limit offset :offset")
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
