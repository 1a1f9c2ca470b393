package org.xieshang.opinion;

import java.util.List;

/** An issue being compiled: the recipients (codes of the recipient list) and its pieces in order. */
public record IssueDraft(int year, List<String> recipients, List<PieceDraft> pieces) {

    public IssueDraft {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        pieces = pieces == null ? List.of() : List.copyOf(pieces);
    }

    /**
     * One piece: a single report, or several accepted reports merged into one text (each original is listed). A null
     * title or body takes the edited text of a single report.
     */
    public record PieceDraft(PieceKind kind, String title, String body, List<Long> reportIds) {

        public PieceDraft {
            reportIds = reportIds == null ? List.of() : List.copyOf(reportIds);
        }
    }
}
