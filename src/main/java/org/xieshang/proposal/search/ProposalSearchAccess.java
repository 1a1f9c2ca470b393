package org.xieshang.proposal.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.xieshang.search.SearchAccess;
import org.xieshang.shared.Actor;

/** The tokens of {@code domain/ProposalScope}, read from the actor the same way that rule reads it. */
@Component
class ProposalSearchAccess implements SearchAccess {

    @Override
    public Set<String> types() {
        return Set.of(ProposalTokens.TYPE);
    }

    @Override
    public Set<String> tokensFor(Actor actor) {
        Set<String> tokens = new LinkedHashSet<>();
        boolean readAll = actor.hasPermission("proposal:read-all");
        boolean handlingUnit = actor.handlingUnitId().isPresent() || actor.hasPermission("proposal:handle");
        for (long committee : actor.visibleCommitteeIds()) {
            if (readAll) {
                tokens.add(ProposalTokens.all(committee));
            }
            if (!handlingUnit) {
                tokens.add(ProposalTokens.disclosed(committee));
            }
        }
        return tokens;
    }
}
