package org.xieshang.opinion.demo;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.xieshang.opinion.AdoptionKind;
import org.xieshang.opinion.CatalogueEntry;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;

/**
 * One published issue of a city's periodical: mostly single pieces, with now and then two or three reports merged
 * into a composite piece that lists each original. Each report carried is recorded as published, as the issue
 * service records it.
 */
final class DemoIssue {

    private static final String RECIPIENTS = "PARTY_COMMITTEE,GOVERNMENT,LEADERS";

    private final CommitteeView city;
    private final int number;
    private final OffsetDateTime at;
    private final Who staff;
    private final DemoTexts texts;
    private final DemoFlow flow;
    private final DemoRows rows;
    private final Random random;

    DemoIssue(
            CommitteeView city,
            int number,
            OffsetDateTime at,
            Who staff,
            DemoTexts texts,
            DemoFlow flow,
            DemoRows rows,
            Random random) {
        this.city = city;
        this.number = number;
        this.at = at;
        this.staff = staff;
        this.texts = texts;
        this.flow = flow;
        this.rows = rows;
        this.random = random;
    }

    void write(List<DemoItem> group, List<CatalogueEntry> categories) {
        long issueId = rows.id("opinion_issue");
        rows.add(
                "opinion_issue",
                issueId,
                city.id(),
                DemoDates.YEAR,
                number,
                "PUBLISHED",
                RECIPIENTS,
                staff.name(),
                at,
                at.minusDays(1));
        int position = 0;
        int i = 0;
        while (i < group.size()) {
            int left = group.size() - i;
            int size = left >= 3 && random.nextInt(100) < 6 ? 2 + random.nextInt(2) : 1;
            List<DemoItem> piece = group.subList(i, i + size);
            i += size;
            piece(issueId, ++position, piece, categories);
        }
    }

    private void piece(long issueId, int position, List<DemoItem> piece, List<CatalogueEntry> categories) {
        long pieceId = rows.id("opinion_issue_piece");
        boolean composite = piece.size() > 1;
        DemoItem first = piece.get(0);
        String title;
        String body;
        if (composite) {
            String category = categories.stream()
                    .filter(c -> c.code().equals(first.content.category()))
                    .map(CatalogueEntry::name)
                    .findFirst()
                    .orElse(first.content.category());
            title = texts.compositeTitle(category);
            body = piece.stream()
                    .map(p -> p.report.publishedTitle() + "\n" + p.report.publishedSuggestions())
                    .collect(Collectors.joining("\n\n"));
        } else {
            title = first.report.publishedTitle();
            body = first.report.publishedBody() + "\n\n" + first.report.publishedSuggestions();
        }
        rows.add(
                "opinion_issue_piece",
                pieceId,
                city.id(),
                issueId,
                position,
                composite ? "COMPOSITE" : "SINGLE",
                title,
                body);
        AdoptionKind kind = composite ? AdoptionKind.COMPOSITE : AdoptionKind.SINGLE;
        for (DemoItem item : piece) {
            rows.add("opinion_issue_piece_report", pieceId, item.report.id(), city.id());
            item.publishedAt = at;
            flow.published(item.report, city, kind, issueId, DemoDates.YEAR + "-" + number, at);
        }
    }
}
