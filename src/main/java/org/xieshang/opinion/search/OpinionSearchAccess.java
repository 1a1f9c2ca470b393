package org.xieshang.opinion.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.domain.ReportScope;
import org.xieshang.search.SearchAccess;
import org.xieshang.shared.Actor;

/** The tokens of {@code domain/ReportScope}: the whole committee for those the rule lets see all of it. */
@Component
class OpinionSearchAccess implements SearchAccess {

    @Override
    public Set<String> types() {
        return Set.of(ReportTokens.TYPE);
    }

    @Override
    public Set<String> tokensFor(Actor actor) {
        Set<String> tokens = new LinkedHashSet<>();
        if (ReportScope.of(actor).wholeCommittee()) {
            actor.visibleCommitteeIds().forEach(committee -> tokens.add(ReportTokens.all(committee)));
        }
        return tokens;
    }
}
