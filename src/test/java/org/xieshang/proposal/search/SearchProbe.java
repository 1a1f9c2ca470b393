package org.xieshang.proposal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.search.Search;
import org.xieshang.search.SearchHit;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.shared.Paging;
import org.xieshang.shared.XieshangException;
import org.xieshang.support.DemoAccounts;
import org.xieshang.support.SignedIn;

/** Searches as the demo accounts do, listing every hit, and checks whether an account opens a record. */
@Component
public class SearchProbe {

    public static final List<String> ACCOUNTS = DemoAccounts.ALL;

    private final Search search;
    private final SignInService signIn;
    private final JdbcClient jdbc;

    SearchProbe(Search search, SignInService signIn, JdbcClient jdbc) {
        this.search = search;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    public XieshangUser account(String username) {
        return (XieshangUser) signIn.loadUserByUsername(username);
    }

    /** Every hit of the words in the type, all pages (a search counts 2,000 at most: more are split by facets). */
    public List<SearchHit> everyHit(XieshangUser user, String type, String words) {
        return SignedIn.as(
                user, () -> everyHit(user, SearchQuery.of(words).ofType(type), List.of("year", "category", "status")));
    }

    /** The first page of hits, for checks that need not see them all. */
    public List<SearchHit> firstHits(XieshangUser user, String type, String words) {
        return SignedIn.as(
                user,
                () -> search.find(user, SearchQuery.of(words).ofType(type), Paging.of(1, Paging.MAX_SIZE))
                        .hits()
                        .items());
    }

    /** True when the loader, run as the user, opens the record; false when it reads as not found. */
    public boolean opens(XieshangUser user, long id, LongFunction<Object> loader) {
        return SignedIn.as(user, () -> {
            try {
                loader.apply(id);
                return true;
            } catch (XieshangException e) {
                if (e.kind() != XieshangException.Kind.NOT_FOUND) {
                    throw e;
                }
                return false;
            }
        });
    }

    private List<SearchHit> everyHit(XieshangUser user, SearchQuery query, List<String> splitBy) {
        SearchResults first = search.find(user, query, Paging.of(1, Paging.MAX_SIZE));
        if (!first.exact()) {
            if (splitBy.isEmpty()) {
                throw new IllegalStateException("Too many hits to list: " + query);
            }
            List<SearchHit> hits = new ArrayList<>();
            String facet = splitBy.get(0);
            for (String value : facetValues(query.type(), facet)) {
                hits.addAll(everyHit(user, query.with(facet, value), splitBy.subList(1, splitBy.size())));
            }
            return hits;
        }
        List<SearchHit> hits = new ArrayList<>(first.hits().items());
        for (int page = 2; page <= first.hits().totalPages(); page++) {
            hits.addAll(search.find(user, query, Paging.of(page, Paging.MAX_SIZE))
                    .hits()
                    .items());
        }
        return hits;
    }

    /** The values of a facet among the type's documents (all of them: a value the user may not see finds nothing). */
    private List<String> facetValues(String type, String facet) {
        return jdbc.sql("select distinct facets ->> ? from search_document where record_type = ?"
                        + " and facets ->> ? is not null")
                .params(facet, type, facet)
                .query(String.class)
                .list();
    }

    /** How many index documents the record has (0 or 1). */
    public long documents(String type, long id) {
        return jdbc.sql("select count(*) from search_document where record_type = ? and record_id = ?")
                .params(type, id)
                .query(Long.class)
                .single();
    }

    /** A made-up word of Latin letters: one index word, in no other record. */
    public static String word() {
        java.util.Random random = new java.util.Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
