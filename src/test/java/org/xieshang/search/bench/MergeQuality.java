package org.xieshang.search.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xieshang.search.AccessTokens;
import org.xieshang.search.SearchDocument;
import org.xieshang.search.SearchIndex;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.search.bench.LabelledProposals.Label;
import org.xieshang.search.bench.LabelledProposals.Pair;
import org.xieshang.search.bench.LabelledProposals.Proposal;

/**
 * Merge suggestions measured on the labelled pairs: every hand-written proposal is indexed (with whatever background
 * the caller put under the same type and committee), then each pair's probe asks for its most similar records leaving
 * itself out, as the review screen does. A pair counts as suggested when the partner comes back at or above the
 * threshold: near-duplicates are the positives, related and unrelated pairs the negatives.
 */
public final class MergeQuality {

    /** How many similar records a probe asks for: more than a reviewer reads, so the threshold decides, not the cut. */
    public static final int LIMIT = 10;

    /** Labelled proposals get ids from here on, far above the ids of background records. */
    public static final long LABELLED_BASE = 1_000_000_000L;

    /** A probe's outcome: the partner's similarity (0 when not returned) and the other records returned. */
    public record Probed(Pair pair, double partnerScore, List<SimilarRecord> background, List<Double> otherLabelled) {}

    /** Pairs suggested at one threshold. */
    public record Counts(double threshold, int found, int positives, int related, int unrelated) {

        public double precision() {
            int suggested = found + related + unrelated;
            return suggested == 0 ? 1 : (double) found / suggested;
        }

        public double recall() {
            return positives == 0 ? 0 : (double) found / positives;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final SearchIndex index;
    private final SimilarRecords similar;
    private final String type;
    private final long committee;

    public MergeQuality(SearchIndex index, SimilarRecords similar, String type, long committee) {
        this.index = index;
        this.similar = similar;
        this.type = type;
        this.committee = committee;
    }

    public void indexLabelled(LabelledProposals set) {
        for (Proposal proposal : set.proposals()) {
            index.put(new SearchDocument(
                    type,
                    idOf(proposal),
                    committee,
                    proposal.title(),
                    proposal.body(),
                    Map.of("unit", proposal.unit()),
                    Set.of(AccessTokens.PUBLIC),
                    null,
                    null));
        }
    }

    public static long idOf(Proposal proposal) {
        return LABELLED_BASE + proposal.number();
    }

    public List<Probed> probe(LabelledProposals set) {
        List<Probed> probed = new ArrayList<>();
        for (Pair pair : set.pairs()) {
            Proposal probe = pair.probe();
            List<SimilarRecord> found =
                    similar.similarTo(type, committee, Map.of(), probe.title(), probe.body(), idOf(probe), LIMIT);
            long partner = idOf(pair.partner());
            double partnerScore = 0;
            List<SimilarRecord> background = new ArrayList<>();
            List<Double> otherLabelled = new ArrayList<>();
            for (SimilarRecord record : found) {
                if (record.id() == partner) {
                    partnerScore = record.score();
                } else if (record.id() < LABELLED_BASE) {
                    background.add(record);
                } else {
                    otherLabelled.add(record.score());
                }
            }
            probed.add(new Probed(pair, partnerScore, background, otherLabelled));
        }
        return probed;
    }

    public static Counts countAt(double threshold, List<Probed> probed) {
        int found = 0;
        int positives = 0;
        int related = 0;
        int unrelated = 0;
        for (Probed p : probed) {
            boolean suggested = p.partnerScore() >= threshold;
            if (p.pair().label() == Label.DUPLICATE) {
                positives++;
                found += suggested ? 1 : 0;
            } else if (suggested && p.pair().label() == Label.RELATED) {
                related++;
            } else if (suggested) {
                unrelated++;
            }
        }
        return new Counts(threshold, found, positives, related, unrelated);
    }

    /** The threshold (in steps of 0.05) with the best F1, the higher one on a tie. */
    public static Counts best(List<Probed> probed) {
        Counts best = null;
        for (int step = 1; step <= 16; step++) {
            Counts counts = countAt(step * 0.05, probed);
            if (best == null || counts.f1() >= best.f1()) {
                best = counts;
            }
        }
        return best;
    }

    static Comparator<Probed> byPartnerScore() {
        return Comparator.comparingDouble(Probed::partnerScore);
    }
}
