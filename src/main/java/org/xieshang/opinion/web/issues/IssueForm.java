package org.xieshang.opinion.web.issues;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xieshang.opinion.IssueDraft;
import org.xieshang.opinion.PieceKind;

/**
 * Compiling an issue from the page: the chosen accepted reports go in either as single pieces (one each, with their
 * edited text) or merged into one composite piece with its own title and text, each original listed under it.
 */
record IssueForm(
        @NotNull(message = "{opinion.year.required}")
        @Min(value = 2000, message = "{opinion.year.range}")
        @Max(value = 2100, message = "{opinion.year.range}")
        Integer year,

        @NotNull(message = "{opinion.piece.kind.required}") PieceKind kind,

        @Size(max = 100, message = "{opinion.title.size}") String title,

        @Size(max = 20000, message = "{opinion.text.size}") String body,

        @NotEmpty(message = "{opinion.piece.reports.required}")
        List<Long> reportIds,

        @NotEmpty(message = "{opinion.pages.issue.recipients.required}")
        List<String> recipients) {

    static IssueForm empty(int year, List<String> recipients) {
        return new IssueForm(year, PieceKind.SINGLE, "", "", List.of(), recipients);
    }

    IssueDraft draft() {
        List<IssueDraft.PieceDraft> pieces = kind == PieceKind.COMPOSITE
                ? List.of(new IssueDraft.PieceDraft(PieceKind.COMPOSITE, title, body, reportIds))
                : reportIds.stream()
                        .distinct()
                        .map(id -> new IssueDraft.PieceDraft(PieceKind.SINGLE, null, null, List.of(id)))
                        .toList();
        return new IssueDraft(year, recipients, pieces);
    }
}
