package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xieshang.opinion.BeneficiaryType;
import org.xieshang.opinion.RankingRow;

/**
 * Ranks by points, highest first. Equal points share a rank and the ranks they take up are skipped (1, 2, 2, 4), as in
 * a published circular 通报; names order the tied rows only for display.
 */
public final class Rankings {

    private Rankings() {}

    /** Someone's total in a ranking. */
    public record Score(BeneficiaryType type, long id, String name, BigDecimal points) {}

    public static List<RankingRow> rank(List<Score> scores) {
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(Score::points, Comparator.reverseOrder())
                .thenComparing(Score::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Score::id));
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Score s = sorted.get(i);
            boolean tied = i > 0 && sorted.get(i - 1).points().compareTo(s.points()) == 0;
            int rank = tied ? rows.get(i - 1).rank() : i + 1;
            rows.add(new RankingRow(rank, s.type(), s.id(), s.name(), s.points()));
        }
        return rows;
    }
}
