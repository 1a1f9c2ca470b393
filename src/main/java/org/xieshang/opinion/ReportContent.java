package org.xieshang.opinion;

import java.util.List;

/**
 * What a submitter writes: one matter, with facts, analysis and suggestions, a category, and who submits it. Members
 * and users are referred to by id; their names are kept as written at submission.
 */
public record ReportContent(
        String title,
        String facts,
        String analysis,
        String suggestions,
        String category,
        SubmitterType submitterType,
        Long partyOrganisationId,
        Long specialCommitteeId,
        List<ReportPerson> persons) {

    public ReportContent {
        persons = persons == null ? List.of() : List.copyOf(persons);
    }

    /** Characters of the body, counted as a reader counts them (code points, not UTF-16 units). */
    public int length() {
        return count(facts) + count(analysis) + count(suggestions);
    }

    private static int count(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
