package org.xieshang.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchAccess;
import org.xieshang.shared.Actor;

/** Works out an actor's {@link AccessScope}: the built-in tokens plus those of every module's {@link SearchAccess}. */
@Component
public class AccessScopes {

    private static final String ROLE_PREFIX = "ROLE_";

    private final List<SearchAccess> modules;

    AccessScopes(List<SearchAccess> modules) {
        this.modules = List.copyOf(modules);
    }

    public AccessScope of(Actor actor) {
        List<AccessScope.Grant> grants = new ArrayList<>();
        for (SearchAccess module : modules) {
            Set<String> tokens = module.tokensFor(actor);
            if (!module.types().isEmpty() && tokens != null && !tokens.isEmpty()) {
                grants.add(new AccessScope.Grant(Set.copyOf(module.types()), Set.copyOf(tokens)));
            }
        }
        return new AccessScope(Set.copyOf(actor.visibleCommitteeIds()), builtIn(actor), grants);
    }

    /** The tokens every actor holds, whatever the record type. */
    static Set<String> builtIn(Actor actor) {
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(AccessTokens.PUBLIC);
        tokens.add(AccessTokens.user(actor.userId()));
        actor.memberId().ifPresent(id -> tokens.add(AccessTokens.member(id)));
        actor.handlingUnitId().ifPresent(id -> tokens.add(AccessTokens.unit(id)));
        List<String> roles = roles(actor);
        for (long committee : actor.visibleCommitteeIds()) {
            tokens.add(AccessTokens.committee(committee));
            roles.forEach(role -> tokens.add(AccessTokens.committeeRole(committee, role)));
        }
        return tokens;
    }

    /** The shared Actor carries no roles; the signed-in principal is a UserDetails whose authorities include them. */
    private static List<String> roles(Actor actor) {
        if (!(actor instanceof UserDetails details)) {
            return List.of();
        }
        return details.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith(ROLE_PREFIX))
                .map(name -> name.substring(ROLE_PREFIX.length()))
                .toList();
    }
}
