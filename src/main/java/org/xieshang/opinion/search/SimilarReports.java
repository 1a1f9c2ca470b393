package org.xieshang.opinion.search;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.xieshang.opinion.ReportDetail;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.shared.Actor;

/**
 * Reports of the same committee that look like the one being edited (核稿): the information office sees what was
 * already received on the matter, to compile them into one composite piece 综合 rather than print the same thing
 * twice. Same threshold as merge suggestions for proposals, chosen on the labelled benchmark.
 */
@Service
public class SimilarReports {

    static final int SHOWN = 5;

    private final SimilarRecords similar;
    private final double from;

    SimilarReports(SimilarRecords similar, @Value("${xieshang.search.merge-suggested-from:0.25}") double from) {
        this.similar = similar;
        this.from = from;
    }

    /** A similar report, with its similarity in percent. */
    public record Match(long id, String title, String link, int percent, String status) {}

    /** The most similar reports the signed-in user may open, best first, leaving out the report itself. */
    public List<Match> to(ReportDetail report) {
        String body = String.join("\n", report.facts(), report.analysis(), report.suggestions());
        List<SimilarRecord> found = similar.similarTo(
                Actor.required(),
                ReportTokens.TYPE,
                report.committeeId(),
                Map.of(),
                report.title(),
                body,
                report.id(),
                SHOWN);
        return found.stream()
                .filter(r -> r.score() >= from)
                .map(r -> new Match(
                        r.id(),
                        r.title(),
                        r.link(),
                        (int) Math.round(r.score() * 100),
                        r.facets().get("status")))
                .toList();
    }
}
