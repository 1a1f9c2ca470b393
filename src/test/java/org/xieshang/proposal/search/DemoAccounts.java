package org.xieshang.proposal.search;

import java.util.List;
import java.util.function.LongFunction;
import org.xieshang.identity.XieshangUser;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.search.Search;
import org.xieshang.search.SearchHit;
import org.xieshang.search.SearchQuery;
import org.xieshang.search.SearchResults;
import org.xieshang.shared.Paging;
import org.xieshang.support.SignedIn;

/** The demo accounts and a way to list every search hit one of them gets, page by page. */
public final class DemoAccounts {

    public static final List<String> ALL = List.of(
            "admin",
            "staff",
            "info",
            "member",
            "member2",
            "unit",
            "unit2",
            "supervisor",
            "leader",
            "officer",
            "sc-staff");

    private DemoAccounts() {}

    public static XieshangUser principal(SignInService signIn, String username) {
        return (XieshangUser) signIn.loadUserByUsername(username);
    }

    /** Every hit of the query in the type, all pages. */
    public static List<SearchHit> everyHit(Search search, XieshangUser user, String type, String words) {
        return SignedIn.as(user, () -> {
            List<SearchHit> hits = new java.util.ArrayList<>();
            for (int page = 1; ; page++) {
                SearchResults results =
                        search.find(user, SearchQuery.of(words).ofType(type), Paging.of(page, Paging.MAX_SIZE));
                hits.addAll(results.hits().items());
                if (!results.hits().hasNext()) {
                    return hits;
                }
            }
        });
    }

    /** True when the loader (running as the user) opens the record, false when it reads as not found. */
    public static boolean opens(XieshangUser user, long id, LongFunction<Object> loader) {
        return SignedIn.as(user, () -> {
            try {
                loader.apply(id);
                return true;
            } catch (org.xieshang.shared.XieshangException e) {
                if (e.kind() != org.xieshang.shared.XieshangException.Kind.NOT_FOUND) {
                    throw e;
                }
                return false;
            }
        });
    }
}
