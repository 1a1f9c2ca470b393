package org.xieshang.search.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.search.SimilarRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Cosine similarity of tf-idf word vectors. Weights: (1 + ln tf) × ln(1 + (N − df + 0.5) / (df + 0.5)) — the BM25
 * idf, positive even for a word every document holds, so a handful of records still compare — with title words
 * counted twice and words in more than a tenth of a large collection left out; df and N from {@code search_term_stat}
 * (kept by a trigger). Two statements: the probe's words with their document frequencies; then candidates — documents
 * holding any of the probe's most telling words, best by {@code ts_rank} — scored exactly in SQL from their own
 * {@code tsvector}. Only the candidate pool is scored, which keeps the cost independent of the size of the index.
 */
@Service
public class Similarity {

    /**
     * The probe's words that select candidates: the heaviest among those some document holds (a word no document holds
     * weighs most but can find nothing); the rarest carry the topic, the commonest only add noise.
     */
    static final int CANDIDATE_WORDS = 12;

    /** Candidates scored exactly; a near-duplicate shares most telling words, so it is always among them. */
    static final int CANDIDATE_POOL = 60;

    static final double COMMON_SHARE = 0.1;
    static final long MIN_DOCUMENTS_FOR_COMMON = 100;

    private static final TypeReference<Map<String, String>> FACETS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SearchText text;
    private final ObjectMapper json;

    Similarity(JdbcClient jdbc, SearchText text, ObjectMapper json) {
        this.jdbc = jdbc;
        this.text = text;
        this.json = json;
    }

    record Weighted(String term, double weight, long df) {}

    @Transactional(readOnly = true)
    public List<SimilarRecord> similarTo(Probe probe, int limit) {
        CustomPlans.use(jdbc);
        long documents = documents(probe.type());
        if (documents == 0 || (probe.title().isBlank() && probe.body().isBlank())) {
            return List.of();
        }
        List<Weighted> words = probeWords(probe, documents);
        double norm = Math.sqrt(
                words.stream().mapToDouble(w -> w.weight() * w.weight()).sum());
        List<String> telling = words.stream()
                .filter(w -> w.weight() > 0 && w.df() > 0)
                .sorted(Comparator.comparingDouble(Weighted::weight).reversed())
                .limit(CANDIDATE_WORDS)
                .map(Weighted::term)
                .toList();
        if (telling.isEmpty() || norm == 0) {
            return List.of();
        }
        return scored(probe, words, norm, telling, documents, limit);
    }

    private long documents(String type) {
        return jdbc.sql("select docs from search_term_stat where record_type = ? and term = ''")
                .param(type)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** The probe's words with their weights; words no document of the type holds weigh as much as the rarest. */
    private List<Weighted> probeWords(Probe probe, long documents) {
        return jdbc.sql("""
                select u.lexeme as term,
                       (select sum(case when w = 'A' then 2 else 1 end) from unnest(u.weights) w) as tf,
                       coalesce(s.docs, 0) as df
                from unnest(setweight(to_tsvector('simple', :title), 'A')
                            || setweight(to_tsvector('simple', :body), 'B')) u
                left join search_term_stat s on s.record_type = :type and s.term = u.lexeme""")
                .param("title", text.indexed(probe.title()))
                .param("body", text.indexed(probe.body()))
                .param("type", probe.type())
                .query((rs, row) -> new Weighted(
                        rs.getString("term"), weight(rs.getLong("tf"), rs.getLong("df"), documents), rs.getLong("df")))
                .list();
    }

    static double weight(long tf, long df, long documents) {
        if (df > commonFrom(documents)) {
            return 0;
        }
        double seen = Math.min(df, documents);
        double idf = Math.log(1 + (documents - seen + 0.5) / (seen + 0.5));
        return (1 + Math.log(Math.max(1, tf))) * idf;
    }

    /**
     * Words in more documents than this say nothing about a record's subject (建议, 加强, 我市, 问题 in proposals): they
     * weigh nothing, or the boilerplate every record shares makes any two look alike. Only in a collection large
     * enough for the share to mean something.
     */
    static long commonFrom(long documents) {
        return documents < MIN_DOCUMENTS_FOR_COMMON ? documents : (long) (documents * COMMON_SHARE);
    }

    private List<SimilarRecord> scored(
            Probe probe, List<Weighted> words, double norm, List<String> telling, long documents, int limit) {
        Where where = new Where()
                .and("d.record_type = :type", "type", probe.type())
                .and("d.committee_id = :committee", "committee", probe.committeeId())
                .and("d.document @@ to_tsquery('simple', :telling)", "telling", SearchText.tsquery(telling, false));
        if (!probe.scope().isEmpty()) {
            where.and("d.facets @> cast(:scope as jsonb)", "scope", json.writeValueAsString(probe.scope()));
        }
        if (probe.requiredFacet() != null) {
            where.and("(d.facets ->> :requiredFacet) is not null", "requiredFacet", probe.requiredFacet());
        }
        if (probe.excludedId() != null) {
            where.and("d.record_id <> :excluded", "excluded", probe.excludedId());
        }
        if (probe.access() != null) {
            probe.access().restrict(where);
        }
        return jdbc.sql(SCORED.replace("<where>", where.sql()))
                .params(where.params())
                .param("pool", CANDIDATE_POOL)
                .param("documents", (double) documents)
                .param("common", commonFrom(documents))
                .param("terms", words.stream().map(Weighted::term).toArray(String[]::new))
                .param("weights", words.stream().map(Weighted::weight).toArray(Double[]::new))
                .param("norm", norm)
                .param("limit", limit)
                .query((rs, row) -> new SimilarRecord(
                        probe.type(),
                        rs.getLong("record_id"),
                        rs.getString("title"),
                        rs.getString("link"),
                        json.readValue(rs.getString("facets"), FACETS),
                        Math.min(1.0, rs.getDouble("score"))))
                .list();
    }

    private static final String SCORED = """
            with candidates as materialized (
                select d.id, d.record_id, d.title, d.link, d.facets, d.document
                from search_document d
                where <where>
                order by ts_rank(d.document, to_tsquery('simple', :telling)) desc
                limit :pool),
            terms as materialized (
                select c.id, u.lexeme as term,
                       (select sum(case when w = 'A' then 2 else 1 end) from unnest(u.weights) w) as tf
                from candidates c cross join unnest(c.document) u),
            weighted as materialized (
                select t.id, t.term,
                       case when t.df > :common then 0
                            else (1 + ln(t.tf::float8)) * ln(1 + (:documents - t.df + 0.5) / (t.df + 0.5)) end as w
                from (select t.id, t.term, t.tf, least(coalesce(s.docs, 0), :documents) as df
                      from terms t
                      left join search_term_stat s on s.record_type = :type and s.term = t.term) t),
            probe as (
                select * from unnest(cast(:terms as text[]), cast(:weights as float8[])) as p(term, w))
            select c.record_id, c.title, c.link, c.facets::text as facets,
                   coalesce(sum(w.w * p.w) / nullif(sqrt(sum(w.w * w.w)) * :norm, 0), 0) as score
            from weighted w
            join candidates c on c.id = w.id
            left join probe p on p.term = w.term
            group by c.id, c.record_id, c.title, c.link, c.facets::text
            order by score desc, c.record_id desc
            limit :limit""";
}
