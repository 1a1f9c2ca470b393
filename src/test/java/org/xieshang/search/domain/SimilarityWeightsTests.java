package org.xieshang.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a word weighs in the similarity of two records: rare words most, boilerplate nothing. */
class SimilarityWeightsTests {

    @Test
    void aRareWordWeighsMoreThanAFrequentOne() {
        assertThat(Similarity.weight(1, 10, 10_000)).isGreaterThan(Similarity.weight(1, 500, 10_000));
    }

    @Test
    void aWordRepeatedWeighsMoreButLessThanInProportion() {
        double once = Similarity.weight(1, 10, 10_000);
        assertThat(Similarity.weight(4, 10, 10_000)).isGreaterThan(once).isLessThan(4 * once);
    }

    @Test
    void aWordInMoreThanATenthOfALargeCollectionWeighsNothing() {
        assertThat(Similarity.weight(3, 1_001, 10_000)).isZero();
        assertThat(Similarity.weight(3, 999, 10_000)).isPositive();
    }

    @Test
    void inASmallCollectionEvenAWordEveryRecordHoldsStillCounts() {
        assertThat(Similarity.weight(1, 5, 5)).isPositive();
        assertThat(Similarity.weight(1, 0, 5)).isGreaterThan(Similarity.weight(1, 5, 5));
    }
}
