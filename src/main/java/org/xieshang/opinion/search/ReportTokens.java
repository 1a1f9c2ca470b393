package org.xieshang.opinion.search;

/**
 * The report's own access token, besides the built-in {@code user:<id>} (creator, named users) and {@code member:<id>}
 * (named members): together they spell out {@code domain/ReportScope} for the index.
 */
final class ReportTokens {

    static final String TYPE = "opinion";

    private ReportTokens() {}

    /** The information office of the committee (edit, manage or statistics): every report there but drafts. */
    static String all(long committeeId) {
        return "opinion-all:" + committeeId;
    }
}
