package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.ClueRepository;
import org.xieshang.proposal.domain.Deadlines;
import org.xieshang.proposal.domain.MeetingPlacement;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalContent;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalNumbers;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Registration;
import org.xieshang.shared.Actor;
import org.xieshang.shared.StaleRecord;
import org.xieshang.shared.XieshangException;

/**
 * A member's side of a proposal before review: drafts 暂存, co-signers invited and answering, submission with a running
 * number, reopening a returned proposal, withdrawal. The signed-in user acts; they must be a member (the first
 * proposer, or a co-signer answering).
 */
@Service
@Transactional
public class ProposalSubmission {

    private final ProposalRepository proposals;
    private final ProposalJournal journal;
    private final ProposalNumbers numbers;
    private final ProposalSettings settings;
    private final Deadlines deadlines;
    private final OrganisationDirectory organisation;
    private final ProposalClock clock;
    private final ClueRepository clues;

    ProposalSubmission(
            ProposalRepository proposals,
            ProposalJournal journal,
            ProposalNumbers numbers,
            ProposalSettings settings,
            Deadlines deadlines,
            OrganisationDirectory organisation,
            ProposalClock clock,
            ClueRepository clues) {
        this.proposals = proposals;
        this.journal = journal;
        this.numbers = numbers;
        this.settings = settings;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.clock = clock;
        this.clues = clues;
    }

    /** What the proposer writes; co-signers only for a joint proposal. Incomplete drafts are kept. */
    public record Draft(
            ProposalKind kind,
            CollectiveProposer collectiveProposer,
            Long partyOrganisationId,
            Long sectorId,
            Long specialCommitteeId,
            String groupName,
            String contactName,
            String contactPhone,
            String contactAddress,
            String title,
            String grounds,
            String suggestions,
            String category,
            List<Long> suggestedUnitIds,
            boolean disclosureConsent,
            String disclosureReason,
            boolean urgent,
            Long clueId,
            List<Long> coSignerMemberIds) {

        public Draft {
            suggestedUnitIds = suggestedUnitIds == null ? List.of() : List.copyOf(suggestedUnitIds);
            coSignerMemberIds = coSignerMemberIds == null ? List.of() : List.copyOf(coSignerMemberIds);
        }

        ProposalContent content() {
            return new ProposalContent(
                    kind,
                    collectiveProposer,
                    partyOrganisationId,
                    sectorId,
                    specialCommitteeId,
                    groupName,
                    contactName,
                    contactPhone,
                    contactAddress,
                    title,
                    grounds,
                    suggestions,
                    category,
                    suggestedUnitIds,
                    disclosureConsent,
                    disclosureReason,
                    urgent,
                    clueId);
        }
    }

    /** A saved draft; past the configured length the proposer is warned (the text is kept all the same). */
    public record Saved(long id, int version, int length, int lengthLimit, boolean overLengthLimit) {}

    /** The running number and placement given at submission. */
    public record Submitted(long id, int runningNo, long meetingId, ProposalPeriod period) {}

    public Saved create(Draft draft) {
        Actor actor = Actor.required();
        long memberId = memberOf(actor);
        check(actor.committeeId(), draft);
        Act act = clock.act();
        long id = proposals.reserve(actor.committeeId(), actor.userId(), draft.content());
        Proposal proposal = Proposal.newDraft(id, actor.committeeId(), actor.userId(), memberId, draft.content(), act);
        proposal.edit(act, memberId, draft.content(), draft.coSignerMemberIds(), coSignDeadline(act));
        journal.commit(proposal);
        return saved(id);
    }

    public Saved update(long id, int version, Draft draft) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        if (proposal.version() != version) {
            throw new StaleRecord("proposal", id);
        }
        check(proposal.committeeId(), draft);
        ProposalContent before = proposal.content();
        Act act = clock.act();
        proposal.edit(act, memberOf(actor), draft.content(), draft.coSignerMemberIds(), coSignDeadline(act));
        journal.commitEdit(proposal, before);
        return saved(id);
    }

    public void confirmCoSignature(long id) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        proposal.confirmCoSignature(clock.act(), memberOf(actor));
        journal.commit(proposal);
    }

    public void declineCoSignature(long id) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        proposal.declineCoSignature(clock.act(), memberOf(actor));
        journal.commit(proposal);
    }

    /** Submits once every listed co-signer confirmed; the first submission draws the running number. */
    public Submitted submit(long id) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        long memberId = memberOf(actor);
        proposal.checkSubmittable(memberId, settings.categories());
        Act act = clock.act();
        Registration registration = proposal.registration().orElseGet(() -> register(proposal, act));
        proposal.submit(act, memberId, settings.categories(), registration);
        journal.commit(proposal);
        Registration given = proposal.registration().orElseThrow();
        return new Submitted(id, given.runningNo(), given.meetingId(), given.period());
    }

    public void reopen(long id) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        proposal.reopen(clock.act(), memberOf(actor));
        journal.commit(proposal);
    }

    public void withdraw(long id, String reason) {
        Actor actor = Actor.required();
        Proposal proposal = proposals.lockVisible(actor, id);
        proposal.withdraw(clock.act(), memberOf(actor), reason);
        journal.commit(proposal);
    }

    private Registration register(Proposal proposal, Act act) {
        MeetingPlacement.Placement placement = MeetingPlacement.place(
                organisation.meetings(proposal.committeeId()), act.day(), settings.plenaryCutoffDays());
        int runningNo = numbers.nextRunning(proposal.committeeId());
        return new Registration(placement.meetingId(), placement.period(), runningNo, act.at());
    }

    private LocalDate coSignDeadline(Act act) {
        return deadlines.coSignature(act.day());
    }

    private Saved saved(long id) {
        Proposal proposal = proposals.find(id).orElseThrow();
        int length = proposal.content().length();
        return new Saved(id, proposal.version(), length, settings.lengthWarning(), length > settings.lengthWarning());
    }

    /** References must exist in the proposal's committee; the category must be one of the configured ones. */
    private void check(long committeeId, Draft draft) {
        if (draft.kind() == null) {
            throw new Refusals.MissingPart("kind");
        }
        if (draft.category() != null && !settings.categories().contains(draft.category())) {
            throw new Refusals.UnknownCategory(draft.category());
        }
        List<NamedRef> units = organisation.handlingUnits(committeeId);
        for (Long unitId : draft.suggestedUnitIds()) {
            if (units.stream().noneMatch(u -> u.id() == unitId)) {
                throw new Refusals.UnknownUnit("suggestedUnitIds", unitId);
            }
        }
        checkRef(draft.partyOrganisationId(), organisation.partyOrganisations(committeeId), "partyOrganisationId");
        checkRef(draft.sectorId(), organisation.sectors(committeeId), "sectorId");
        checkRef(draft.specialCommitteeId(), organisation.specialCommittees(committeeId), "specialCommitteeId");
        if (draft.clueId() != null && !clues.clueExists(committeeId, draft.clueId())) {
            throw new Refusals.UnknownReference("clueId", draft.clueId());
        }
    }

    private static void checkRef(Long id, List<NamedRef> known, String field) {
        if (id != null && known.stream().noneMatch(r -> r.id() == id)) {
            throw new Refusals.UnknownReference(field, id);
        }
    }

    private static long memberOf(Actor actor) {
        return actor.memberId()
                .orElseThrow(() -> new XieshangException(XieshangException.Kind.FORBIDDEN, "proposal.not-a-member"));
    }
}
