package org.xieshang.proposal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.ClueRepository;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Proposal clues 提案线索 from the public and the topic catalogue 选题参考目录 (domain-rules §1.13). The public form
 * (real name and contact, at most 300 characters, rate-limited) calls {@link #submit}; staff screen each clue into
 * the catalogue or reject it with a reason; members read the catalogue; a proposal cites the clue it came from.
 */
@Service
@Transactional
public class ProposalClues {

    public static final int MAX_CLUE_LENGTH = 300;

    private final ClueRepository clues;
    private final ProposalJournal journal;
    private final ApplicationEventPublisher events;
    private final ProposalSettings settings;
    private final ProposalClock clock;
    private final OrganisationDirectory organisation;

    ProposalClues(
            ClueRepository clues,
            ProposalJournal journal,
            ApplicationEventPublisher events,
            ProposalSettings settings,
            ProposalClock clock,
            OrganisationDirectory organisation) {
        this.clues = clues;
        this.journal = journal;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.organisation = organisation;
    }

    /** A clue as the public writes it; name and contact are required (real-name submission). */
    public record NewClue(String name, String contact, String title, String text) {}

    /** A topic of the catalogue. */
    public record NewTopic(int year, String title, String category, String description) {}

    /** Takes a clue from the public form for the committee named; no one need be signed in. */
    public long submit(long committeeId, NewClue clue) {
        if (organisation.committee(committeeId).isEmpty()) {
            throw new InvalidInput("committeeId", "proposal.unknown-committee");
        }
        Refusals.requireText(clue.name(), "name");
        Refusals.requireText(clue.contact(), "contact");
        Refusals.requireText(clue.title(), "title");
        Refusals.requireText(clue.text(), "text");
        if (clue.text().strip().length() > MAX_CLUE_LENGTH) {
            throw new InvalidInput("text", "proposal.clue-too-long", MAX_CLUE_LENGTH);
        }
        long id = clues.insertClue(
                committeeId,
                clue.name().strip(),
                clue.contact().strip(),
                clue.title().strip(),
                clue.text().strip(),
                clock.now());
        journal.audit(committeeId, AuditAction.CREATE, "proposal_clue", id, "proposal.audit.clue-submitted", id);
        events.publishEvent(new ClueSubmitted(id, committeeId));
        return id;
    }

    /** Accepts a clue into the catalogue: under an existing topic, or under a new one made from it. */
    public long accept(long clueId, Long topicId, NewTopic newTopic) {
        Actor actor = Actor.required();
        ClueView clue = pending(actor, clueId);
        Act act = clock.act();
        long topic;
        if (topicId != null) {
            topic = clues.topic(topicId)
                    .filter(t -> t.committeeId() == clue.committeeId())
                    .orElseThrow(() -> new Refusals.NotFound("topic", topicId))
                    .id();
        } else {
            topic = createTopic(clue.committeeId(), newTopic, act);
        }
        clues.screen(clue, ClueStatus.ACCEPTED, topic, null, act);
        journal.audit(
                clue.committeeId(),
                AuditAction.STATE_CHANGE,
                "proposal_clue",
                clueId,
                "proposal.audit.clue-accepted",
                clueId,
                topic);
        events.publishEvent(new ClueScreened(clueId, clue.committeeId(), ClueStatus.ACCEPTED, topic));
        return topic;
    }

    public void reject(long clueId, String reason) {
        Actor actor = Actor.required();
        ClueView clue = pending(actor, clueId);
        Refusals.requireText(reason, "reason");
        clues.screen(clue, ClueStatus.REJECTED, null, reason, clock.act());
        journal.audit(
                clue.committeeId(),
                AuditAction.STATE_CHANGE,
                "proposal_clue",
                clueId,
                "proposal.audit.clue-rejected",
                clueId,
                reason);
        events.publishEvent(new ClueScreened(clueId, clue.committeeId(), ClueStatus.REJECTED, null));
    }

    /** A topic staff add to the catalogue directly, in their own committee. */
    public long createTopic(NewTopic topic) {
        Actor actor = Actor.required();
        return createTopic(actor.committeeId(), topic, clock.act());
    }

    private long createTopic(long committeeId, NewTopic topic, Act act) {
        if (topic == null) {
            throw new Refusals.MissingPart("title");
        }
        Refusals.requireText(topic.title(), "title");
        if (topic.category() != null && !settings.categories().contains(topic.category())) {
            throw new Refusals.UnknownCategory(topic.category());
        }
        long id = clues.insertTopic(
                committeeId, topic.year(), topic.title().strip(), topic.category(), topic.description(), act);
        journal.audit(
                committeeId, AuditAction.CREATE, "proposal_topic", id, "proposal.audit.topic-created", topic.title());
        return id;
    }

    @Transactional(readOnly = true)
    public PageSlice<ClueView> clues(ClueStatus status, Paging paging) {
        return clues.clues(List.copyOf(Actor.required().visibleCommitteeIds()), status, paging);
    }

    /** The catalogue members choose topics from (a year, or all). */
    @Transactional(readOnly = true)
    public List<TopicView> catalogue(Integer year) {
        return clues.topics(List.copyOf(Actor.required().visibleCommitteeIds()), year);
    }

    private ClueView pending(Actor actor, long clueId) {
        ClueView clue = clues.clue(clueId)
                .filter(c -> actor.visibleCommitteeIds().contains(c.committeeId()))
                .orElseThrow(() -> new Refusals.NotFound("clue", clueId));
        if (clue.status() != ClueStatus.SUBMITTED) {
            throw new Refusals.ClueAlreadyScreened();
        }
        return clue;
    }
}
