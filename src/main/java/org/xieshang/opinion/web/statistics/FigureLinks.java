package org.xieshang.opinion.web.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.xieshang.opinion.OpinionFigures;
import org.xieshang.opinion.OpinionFigures.Figure;

/**
 * The page behind a figure : the report list or the issue list with
 * the figure's own filter, so the number and the records it counts always agree.
 */
@Component
class FigureLinks {

    static final String ISSUES = "opinion-issues";

    /** Every figure's page by the figure's key. */
    Map<String, String> all(OpinionFigures f) {
        Map<String, String> links = new HashMap<>();
        List<Figure> figures = new ArrayList<>(List.of(
                f.received(), f.accepted(), f.filed(), f.issuesPublished(), f.reportedUpward(), f.adoptedAbove()));
        figures.addAll(f.instructionsByRank());
        for (OpinionFigures.LevelFigures level : f.adoptedByLevel()) {
            figures.add(level.total());
            figures.addAll(level.byKind());
        }
        for (OpinionFigures.Breakdown b : concat(f.byCategory(), f.bySubmitterType())) {
            figures.addAll(List.of(b.received(), b.accepted(), b.reportedUpward(), b.adoptedAbove()));
        }
        figures.forEach(figure -> links.put(figure.key(), href(figure)));
        return links;
    }

    private static List<OpinionFigures.Breakdown> concat(
            List<OpinionFigures.Breakdown> a, List<OpinionFigures.Breakdown> b) {
        List<OpinionFigures.Breakdown> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    String href(Figure figure) {
        String path = ISSUES.equals(figure.list()) ? "/opinion/issues" : "/opinion/reports";
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        for (Map.Entry<String, String> e : figure.filter().entrySet()) {
            uri.queryParam(e.getKey(), e.getValue());
        }
        return uri.encode().build().toUriString();
    }
}
