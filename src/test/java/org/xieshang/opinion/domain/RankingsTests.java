package org.xieshang.opinion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xieshang.opinion.BeneficiaryType;
import org.xieshang.opinion.RankingRow;

/** Rankings: highest points first; equal points share a rank and the next rank is skipped. */
class RankingsTests {

    @Test
    void equalPointsShareARankAndTheNextRankIsSkipped() {
        List<RankingRow> rows = Rankings.rank(
                List.of(score(1, "b", "10"), score(2, "a", "25.5"), score(3, "c", "10.00"), score(4, "d", "3")));
        assertThat(rows).extracting(r -> r.rank() + ":" + r.name()).containsExactly("1:a", "2:b", "2:c", "4:d");
    }

    @Test
    void everyoneTiedIsFirst() {
        assertThat(Rankings.rank(List.of(score(1, "x", "0"), score(2, "y", "0"), score(3, "z", "0"))))
                .extracting(RankingRow::rank)
                .containsExactly(1, 1, 1);
    }

    @Test
    void nobodyGivesAnEmptyRanking() {
        assertThat(Rankings.rank(List.of())).isEmpty();
    }

    private static Rankings.Score score(long id, String name, String points) {
        return new Rankings.Score(BeneficiaryType.MEMBER, id, name, new BigDecimal(points));
    }
}
