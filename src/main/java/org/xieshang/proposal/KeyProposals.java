package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
import org.xieshang.proposal.domain.HandlingRecords;
import org.xieshang.proposal.domain.KeyMark;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Step.About;
import org.xieshang.shared.Actor;

/**
 * Key proposals 重点提案 (selected by the chairpersons' meeting, each supervised by a leader 领衔督办), their supervision
 * events with the parties present (the configurable "six-party" list), and the year's good proposals 优秀提案.
 */
@Service
@Transactional
public class KeyProposals {

    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final HandlingRecords records;
    private final ProposalJournal journal;
    private final ProposalSettings settings;
    private final ProposalClock clock;

    KeyProposals(
            ProposalRepository proposals,
            AssignmentRepository assignments,
            HandlingRecords records,
            ProposalJournal journal,
            ProposalSettings settings,
            ProposalClock clock) {
        this.proposals = proposals;
        this.assignments = assignments;
        this.records = records;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
    }

    /** A supervision event as recorded: {@code parties} are codes from the configured list. */
    public record SupervisionEvent(
            SupervisionKind kind,
            LocalDate heldOn,
            String place,
            List<String> parties,
            String attendees,
            String minutes) {}

    /** Marks a filed proposal as key, with its supervising leader and the decision that selected it. */
    public void selectKey(long proposalId, Long leaderUserId, String leaderName, String decision) {
        Proposal proposal = proposals.lockVisible(Actor.required(), proposalId);
        Act act = clock.act();
        proposal.selectAsKey(act, new KeyMark(leaderUserId, leaderName, decision, act.at()));
        proposal.raise(new KeyProposalSelected(
                proposalId,
                proposal.committeeId(),
                leaderUserId,
                leaderName,
                proposal.proposerMemberIds(),
                assignments.active(proposalId).stream().map(Assignment::unitId).toList()));
        journal.commit(proposal);
    }

    public long recordSupervision(long proposalId, SupervisionEvent event) {
        Proposal proposal = proposals.lockVisible(Actor.required(), proposalId);
        Act act = clock.act();
        proposal.check(ProposalAction.SUPERVISION_RECORDED);
        if (proposal.key().isEmpty()) {
            throw new Refusals.NotAKeyProposal();
        }
        for (String party : event.parties()) {
            if (!settings.supervisionParties().contains(party)) {
                throw new Refusals.UnknownSupervisionParty(party);
            }
        }
        long id = records.insertSupervision(
                proposal.committeeId(),
                proposalId,
                new HandlingRecords.SupervisionEvent(
                        event.kind(),
                        event.heldOn(),
                        event.place(),
                        event.parties(),
                        event.attendees(),
                        event.minutes()),
                act);
        proposal.take(
                ProposalAction.SUPERVISION_RECORDED,
                act,
                About.reason(event.kind().name()));
        proposal.raise(new SupervisionRecorded(proposalId, proposal.committeeId(), id, event.kind(), event.heldOn()));
        journal.commit(proposal);
        return id;
    }

    /** Marks a replied proposal as one of the year's good proposals. */
    public void selectGood(long proposalId, int year) {
        Proposal proposal = proposals.lockVisible(Actor.required(), proposalId);
        proposal.selectAsGood(clock.act(), year);
        journal.commit(proposal);
    }
}
