package org.xieshang.proposal.search;

import jakarta.validation.constraints.Size;

/** What the proposal form sends while the member writes: the text so far, and the proposal when editing one. */
record SimilarProposalForm(
        Long proposalId,

        @Size(max = 500, message = "{search-wiring.invalid.title}")
        String title,

        @Size(max = 20000, message = "{search-wiring.invalid.text}")
        String grounds,

        @Size(max = 20000, message = "{search-wiring.invalid.text}")
        String suggestions) {

    boolean isEmpty() {
        return blank(title) && blank(grounds) && blank(suggestions);
    }

    String body() {
        String a = grounds == null ? "" : grounds.strip();
        String b = suggestions == null ? "" : suggestions.strip();
        return a.isEmpty() || b.isEmpty() ? a + b : a + "\n" + b;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
