package org.xieshang.proposal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.ProposalSettings;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.MeetingPlacement;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.search.FacetSuggestion;
import org.xieshang.search.SimilarRecord;
import org.xieshang.search.SimilarRecords;
import org.xieshang.shared.Actor;

/**
 * Similar proposals where the office and members decide: on the form (same committee and meeting, only what the member
 * may open), at review (merge 并案 suggestions among what the office sees), and at assignment (handling units voted by
 * how similar proposals were assigned). The similarity itself is the search module's.
 */
@Service
@Transactional(readOnly = true)
public class SimilarProposals {

    /** How many similar proposals vote for the units suggested at assignment. */
    static final int VOTERS = 10;

    static final int SHOWN_UNITS = 3;
    static final int SHOWN_MERGES = 3;

    private final SimilarRecords similar;
    private final JdbcClient jdbc;
    private final ProposalRepository proposals;
    private final OrganisationDirectory organisation;
    private final ProposalSettings settings;
    private final ProposalClock clock;
    private final double shownFrom;
    private final double mergeFrom;
    private final int shown;

    SimilarProposals(
            SimilarRecords similar,
            JdbcClient jdbc,
            ProposalRepository proposals,
            OrganisationDirectory organisation,
            ProposalSettings settings,
            ProposalClock clock,
            @Value("${xieshang.search.similar-shown-from:0.2}") double shownFrom,
            @Value("${xieshang.search.merge-suggested-from:0.25}") double mergeFrom,
            @Value("${xieshang.search.similar-shown:5}") int shown) {
        this.similar = similar;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.organisation = organisation;
        this.settings = settings;
        this.clock = clock;
        this.shownFrom = shownFrom;
        this.mergeFrom = mergeFrom;
        this.shown = shown;
    }

    /** A similar proposal with its similarity in percent and whether a proposal can be merged into it now. */
    public record Match(long id, String title, String link, int percent, String status, boolean mergeable) {}

    /** A handling unit suggested for a proposal, with its share of the votes in percent. */
    public record UnitPick(long unitId, String name, int percent) {}

    /**
     * What the member writing (or editing {@code proposalId}) should see: proposals of their committee and of the
     * meeting this one belongs to (or would be placed in if submitted now) that they may open, the best first.
     */
    public List<Match> forForm(Long proposalId, String title, String body) {
        Actor actor = Actor.required();
        long committee = actor.committeeId();
        Long meeting = null;
        if (proposalId != null && proposals.isVisible(actor, proposalId)) {
            var proposal = proposals.find(proposalId).orElseThrow();
            committee = proposal.committeeId();
            meeting = proposal.registration().map(r -> r.meetingId()).orElse(null);
        }
        if (meeting == null) {
            meeting = meetingNow(committee).orElse(null);
        }
        Map<String, String> scope = meeting == null ? Map.of() : Map.of("meeting", String.valueOf(meeting));
        List<SimilarRecord> found =
                similar.similarTo(actor, ProposalTokens.TYPE, committee, scope, title, body, proposalId, shown);
        return matches(found, shownFrom);
    }

    /** For each proposal under review, the similar ones of its meeting the office may open, as merge candidates. */
    public Map<Long, List<Match>> mergeCandidates(Collection<Long> proposalIds) {
        Actor actor = Actor.required();
        Map<Long, List<Match>> candidates = new LinkedHashMap<>();
        for (Text text : texts(proposalIds)) {
            Map<String, String> scope =
                    text.meetingId() == null ? Map.of() : Map.of("meeting", String.valueOf(text.meetingId()));
            List<SimilarRecord> found = similar.similarTo(
                    actor,
                    ProposalTokens.TYPE,
                    text.committeeId(),
                    scope,
                    text.title(),
                    text.body(),
                    text.id(),
                    SHOWN_MERGES);
            List<Match> matches = matches(found, mergeFrom);
            if (!matches.isEmpty()) {
                candidates.put(text.id(), matches);
            }
        }
        return candidates;
    }

    /** For each proposal to assign, the units the most similar assigned proposals went to (lead units), best first. */
    public Map<Long, List<UnitPick>> unitSuggestions(Collection<Long> proposalIds) {
        Map<Long, List<UnitPick>> picks = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> unitIds = new LinkedHashMap<>();
        for (Text text : texts(proposalIds)) {
            Map<String, Long> units = unitIds.computeIfAbsent(text.committeeId(), this::unitIds);
            List<UnitPick> suggested = new ArrayList<>();
            for (FacetSuggestion s : similar.suggestedFacetValues(
                    ProposalTokens.TYPE, text.committeeId(), text.title(), text.body(), "unit", VOTERS)) {
                Long unitId = units.get(s.value());
                if (unitId != null && suggested.size() < SHOWN_UNITS) {
                    suggested.add(new UnitPick(unitId, s.value(), (int) Math.round(s.weight() * 100)));
                }
            }
            if (!suggested.isEmpty()) {
                picks.put(text.id(), suggested);
            }
        }
        return picks;
    }

    /**
     * The form lists related proposals too (a member may co-sign one), so it shows from a lower similarity than the
     * merge suggestions: 0.25 is where the labelled benchmark (bench/README.md) keeps recall at 0.99 with precision 0.96
     * and halves the unrelated suggestions a reviewer sees at 0.20.
     */
    private List<Match> matches(List<SimilarRecord> found, double from) {
        List<SimilarRecord> kept = found.stream().filter(r -> r.score() >= from).toList();
        Map<Long, String> states = states(kept.stream().map(SimilarRecord::id).toList());
        return kept.stream()
                .map(r -> new Match(
                        r.id(),
                        r.title(),
                        r.link(),
                        (int) Math.round(r.score() * 100),
                        r.facets().get("status"),
                        ProposalStatus.FILED.name().equals(states.get(r.id()))))
                .toList();
    }

    private record Text(long id, long committeeId, Long meetingId, String title, String body) {}

    private List<Text> texts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, committee_id, meeting_id, title, concat_ws(E'\\n', grounds, suggestions) as body
                from proposal where id = any(?) order by id""").param(ids.toArray(Long[]::new)).query(Text.class).list();
    }

    private Map<Long, String> states(List<Long> ids) {
        Map<Long, String> states = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, status from proposal where id = any(?)")
                    .param(ids.toArray(Long[]::new))
                    .query((rs, n) -> states.put(rs.getLong("id"), rs.getString("status")))
                    .list();
        }
        return states;
    }

    private Map<String, Long> unitIds(long committee) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (NamedRef unit : organisation.handlingUnits(committee)) {
            ids.putIfAbsent(unit.name(), unit.id());
        }
        return ids;
    }

    private Optional<Long> meetingNow(long committee) {
        LocalDate today = clock.now().atZoneSameInstant(Act.CHINA).toLocalDate();
        try {
            return Optional.of(
                    MeetingPlacement.place(organisation.meetings(committee), today, settings.plenaryCutoffDays())
                            .meetingId());
        } catch (Refusals.NoMeeting e) {
            return Optional.empty();
        }
    }
}
