package org.xieshang.search;

import java.util.Set;
import org.xieshang.shared.Actor;

/**
 * Provided as a bean by a module whose records need access tokens beyond the built-in ones ({@link AccessTokens}):
 * the tokens an actor holds for the record types the module owns. Tokens a bean gives unlock documents of its own
 * {@link #types()} only, so one module can never open another module's records by reusing a token's spelling.
 */
public interface SearchAccess {

    /** The record types this rule serves. */
    Set<String> types();

    /** The tokens the actor holds for those types; never null. */
    Set<String> tokensFor(Actor actor);
}
