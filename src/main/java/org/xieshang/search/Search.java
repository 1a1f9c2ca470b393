package org.xieshang.search;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.search.domain.AccessScopes;
import org.xieshang.search.domain.FullTextSearch;
import org.xieshang.shared.Actor;
import org.xieshang.shared.Paging;

/**
 * The one search box: finds, among the documents the actor may open, those holding the query's words in either
 * script, best first, with highlighted passages and the counts per filter value.
 */
@Service
public class Search {

    private final FullTextSearch search;
    private final AccessScopes access;

    Search(FullTextSearch search, AccessScopes access) {
        this.search = search;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public SearchResults find(Actor actor, SearchQuery query, Paging paging) {
        return search.find(access.of(actor), query, paging);
    }

    /** The record types in the index, for the type filter. */
    @Transactional(readOnly = true)
    public List<String> types() {
        return search.types();
    }
}
