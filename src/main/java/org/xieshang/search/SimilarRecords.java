package org.xieshang.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.search.domain.AccessScopes;
import org.xieshang.search.domain.Probe;
import org.xieshang.search.domain.Similarity;
import org.xieshang.shared.Actor;
import org.xieshang.shared.RecordNotFound;

/**
 * Records of the same kind and committee that look like a text (title and body): for the "similar proposals" shown
 * while a member writes, merge suggestions at review, and handling units suggested from how similar records were
 * assigned. The methods without an actor are for modules asking on their own account (they check who may see what);
 * {@link #similarTo(Actor, String, long, Map, String, String, int)} gives an actor only what they may open.
 */
@Service
@Transactional(readOnly = true)
public class SimilarRecords {

    private final Similarity similarity;
    private final AccessScopes access;

    SimilarRecords(Similarity similarity, AccessScopes access) {
        this.similarity = similarity;
        this.access = access;
    }

    /** The most similar records, best first; {@code scope} holds facet values they must have ({@code meeting}). */
    public List<SimilarRecord> similarTo(
            String type, long committeeId, Map<String, String> scope, String title, String body, int limit) {
        SearchDocument.requireType(type);
        return similarity.similarTo(Probe.of(type, committeeId, scope, title, body), limit);
    }

    /** As above, leaving out the record itself (a proposal under review is in the index already). */
    public List<SimilarRecord> similarTo(
            String type,
            long committeeId,
            Map<String, String> scope,
            String title,
            String body,
            long excludedId,
            int limit) {
        SearchDocument.requireType(type);
        return similarity.similarTo(
                Probe.of(type, committeeId, scope, title, body).excluding(excludedId), limit);
    }

    /** As above, among the records the actor may open. */
    public List<SimilarRecord> similarTo(
            Actor actor,
            String type,
            long committeeId,
            Map<String, String> scope,
            String title,
            String body,
            int limit) {
        return similarTo(actor, type, committeeId, scope, title, body, null, limit);
    }

    /** As above, leaving out {@code excludedId} when given (the record being edited or reviewed). */
    public List<SimilarRecord> similarTo(
            Actor actor,
            String type,
            long committeeId,
            Map<String, String> scope,
            String title,
            String body,
            Long excludedId,
            int limit) {
        SearchDocument.requireType(type);
        if (!actor.visibleCommitteeIds().contains(committeeId)) {
            throw new RecordNotFound("committee", committeeId);
        }
        Probe probe = Probe.of(type, committeeId, scope, title, body).seenBy(access.of(actor));
        return similarity.similarTo(excludedId == null ? probe : probe.excluding(excludedId), limit);
    }

    /**
     * Values of {@code facet} suggested for a new record: the {@code k} most similar records carrying the facet vote
     * for their value with their similarity; best first, weights adding up to 1.
     */
    public List<FacetSuggestion> suggestedFacetValues(
            String type, long committeeId, String title, String body, String facet, int k) {
        SearchDocument.requireType(type);
        List<SimilarRecord> similar = similarity.similarTo(
                Probe.of(type, committeeId, Map.of(), title, body).requiring(facet), k);
        Map<String, double[]> votes = new LinkedHashMap<>();
        double total = 0;
        for (SimilarRecord record : similar) {
            double[] vote = votes.computeIfAbsent(record.facets().get(facet), value -> new double[2]);
            vote[0] += record.score();
            vote[1]++;
            total += record.score();
        }
        List<FacetSuggestion> suggestions = new ArrayList<>();
        for (Map.Entry<String, double[]> vote : votes.entrySet()) {
            double weight = total == 0 ? 0 : vote.getValue()[0] / total;
            suggestions.add(new FacetSuggestion(vote.getKey(), weight, (int) vote.getValue()[1]));
        }
        suggestions.sort(Comparator.comparingDouble(FacetSuggestion::weight).reversed());
        return suggestions;
    }
}
