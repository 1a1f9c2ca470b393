package org.xieshang.search;

/**
 * The spelling of access tokens, so the module writing a document and the rule reading an actor agree. The built-in
 * rule gives every actor {@link #PUBLIC}, {@link #user}, {@link #member} and {@link #unit} of themselves, and {@link
 * #committee} plus {@link #committeeRole} for each committee they may see and each of their roles; a module whose
 * records need other tokens provides a {@link SearchAccess} bean.
 */
public final class AccessTokens {

    /** Everyone, signed in. */
    public static final String PUBLIC = "public";

    private AccessTokens() {}

    /** Every signed-in user of the committee (or of a committee above it whose users see it). */
    public static String committee(long committeeId) {
        return "committee:" + committeeId;
    }

    /** Users of the committee holding the role ({@code STAFF}, {@code LEADER}…). */
    public static String committeeRole(long committeeId, String role) {
        return "committee:" + committeeId + ":" + role;
    }

    public static String user(long userId) {
        return "user:" + userId;
    }

    public static String member(long memberId) {
        return "member:" + memberId;
    }

    public static String unit(long handlingUnitId) {
        return "unit:" + handlingUnitId;
    }
}
