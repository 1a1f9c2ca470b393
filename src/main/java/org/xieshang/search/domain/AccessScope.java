package org.xieshang.search.domain;

import java.util.List;
import java.util.Set;

/**
 * What an actor may see of the index: documents of the committees in their data scope whose access tokens meet the
 * tokens they hold. {@code everywhere} unlocks documents of every type; each grant only documents of its types.
 */
public record AccessScope(Set<Long> committees, Set<String> everywhere, List<Grant> grants) {

    public record Grant(Set<String> types, Set<String> tokens) {}

    /**
     * The SQL condition on {@code d} (the document row), adding its values to {@code where}. The tokens are checked on
     * the rows the words found, deliberately without an index: every actor holds {@code public}, so they keep about half
     * of any match, and read from an index they cost a bitmap of every document the actor may open (160,000 entries and
     * 50 ms for a leader of 20 committees) to save filtering rows that are read anyway.
     */
    void restrict(Where where) {
        where.and("d.committee_id = any(cast(:committees as bigint[]))", "committees", committees.toArray(Long[]::new));
        StringBuilder tokens = new StringBuilder("(d.access_tokens && cast(:everywhere as text[])");
        where.param("everywhere", everywhere.toArray(String[]::new));
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            tokens.append(" or (d.record_type = any(cast(:grantTypes")
                    .append(i)
                    .append(" as text[])) and d.access_tokens && cast(:grantTokens")
                    .append(i)
                    .append(" as text[]))");
            where.param("grantTypes" + i, grant.types().toArray(String[]::new));
            where.param("grantTokens" + i, grant.tokens().toArray(String[]::new));
        }
        where.and(tokens.append(')').toString());
    }
}
