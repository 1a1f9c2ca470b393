package org.xieshang.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xieshang.search.bench.LabelledProposals;
import org.xieshang.search.bench.LabelledProposals.Label;
import org.xieshang.search.bench.LabelledProposals.Pair;

/** The labelled set of the quality benchmark stays what bench/README.md says it is when someone edits it. */
class LabelledProposalsTests {

    final LabelledProposals labelled = LabelledProposals.load();

    @Test
    void everyLabelHasAtLeastEightyPairsOnAtLeastFortyTopics() {
        Map<Label, Long> perLabel =
                labelled.pairs().stream().collect(Collectors.groupingBy(Pair::label, Collectors.counting()));
        assertThat(perLabel).containsOnlyKeys(Label.values());
        assertThat(perLabel.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(80));
        assertThat(labelled.proposals().stream()
                        .map(LabelledProposals.Proposal::topic)
                        .distinct())
                .hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void duplicatesAndRelatedPairsShareATopicAndUnrelatedOnesDoNot() {
        for (Pair pair : labelled.pairs()) {
            boolean sameTopic = pair.partner().topic() == pair.probe().topic();
            assertThat(sameTopic)
                    .as(pair.partner().key() + " " + pair.probe().key())
                    .isEqualTo(pair.label() != Label.UNRELATED);
        }
    }

    @Test
    void everyProposalHasATitleABodyAndAUnitAndTakesPartInAPair() {
        Map<String, Long> uses = labelled.pairs().stream()
                .flatMap(pair -> java.util.stream.Stream.of(pair.partner(), pair.probe()))
                .collect(Collectors.groupingBy(LabelledProposals.Proposal::key, Collectors.counting()));
        assertThat(labelled.proposals()).allSatisfy(p -> {
            assertThat(p.title()).matches(".+的建[议議]").hasSizeLessThan(60);
            assertThat(p.body()).hasSizeGreaterThan(60);
            assertThat(p.unit()).isNotBlank();
            assertThat(uses).containsKey(p.key());
        });
        assertThat(labelled.proposals().stream().collect(Collectors.toMap(p -> p.key(), Function.identity())))
                .hasSameSizeAs(labelled.proposals());
    }
}
