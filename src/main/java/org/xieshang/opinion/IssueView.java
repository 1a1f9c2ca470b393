package org.xieshang.opinion;

import java.time.OffsetDateTime;
import java.util.List;

/** An issue of the periodical 《社情民意》 with its pieces; the read model a Word export is built from. */
public record IssueView(
        long id,
        long committeeId,
        String committeeName,
        int year,
        Integer number,
        IssueState state,
        List<Recipient> recipients,
        List<Piece> pieces,
        String publishedByName,
        OffsetDateTime publishedAt,
        int version) {

    public record Recipient(String code, String name) {}

    public record Piece(long id, int position, PieceKind kind, String title, String body, List<Original> originals) {}

    /** A report merged into a piece, listed under it. */
    public record Original(long reportId, String title, String unitName, String authorNames) {}
}
