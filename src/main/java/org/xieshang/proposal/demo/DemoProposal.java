package org.xieshang.proposal.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xieshang.organisation.MeetingView;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalStatus;

/**
 * One generated proposal and its history. Every step goes through {@link #step}, which refuses what the transition
 * table ({@link ProposalAction}) refuses, so the demo histories are histories the application could have written.
 */
final class DemoProposal {

    /** A row of {@code proposal_transition}. */
    record Transition(
            long proposalId,
            ProposalAction action,
            ProposalStatus from,
            ProposalStatus to,
            String actorName,
            OffsetDateTime at,
            String reason,
            Long unitId,
            Long memberId,
            Long relatedId) {}

    final long id;
    final MeetingView meeting;
    final ProposalPeriod period;
    final ProposalKind kind;
    DemoTexts.Topic topic;
    int runningNo;
    int sequenceNo;
    String officialNumber;
    String collectiveType;
    Long partyId;
    Long sectorId;
    Long specialCommitteeId;
    String groupName;
    String contactName;
    String title;
    String grounds;
    String suggestions;
    boolean disclosureConsent = true;
    Long mergedInto;
    String returnReason;
    String notFiledReason;
    String notFiledNote;
    String conversion;
    String conversionRef;
    boolean key;
    String keyLeader;
    String keyDecision;
    OffsetDateTime keySelectedAt;
    boolean good;
    Integer goodYear;
    int round = 1;
    OffsetDateTime createdAt;
    OffsetDateTime submittedAt;
    OffsetDateTime filedAt;
    OffsetDateTime closedAt;
    OffsetDateTime updatedAt;
    final List<Long> signers = new ArrayList<>();
    final List<Long> unitIds = new ArrayList<>();
    ProposalStatus status;
    private final List<Transition> transitions;

    DemoProposal(
            long id,
            MeetingView meeting,
            ProposalPeriod period,
            ProposalKind kind,
            DemoTexts.Topic topic,
            List<Transition> transitions) {
        this.id = id;
        this.meeting = meeting;
        this.period = period;
        this.kind = kind;
        this.topic = topic;
        this.transitions = transitions;
    }

    Long lead() {
        return signers.isEmpty() ? null : signers.get(0);
    }

    void step(ProposalAction action, OffsetDateTime at, String actor) {
        step(action, at, actor, null, null, null, null);
    }

    /** Takes one step of the transition table, refusing any the application would refuse. */
    void step(
            ProposalAction action,
            OffsetDateTime at,
            String actor,
            String reason,
            Long unitId,
            Long memberId,
            Long relatedId) {
        ProposalStatus from = status;
        if (action != ProposalAction.CREATE && !action.allowedFrom(from)) {
            throw new IllegalStateException(action + " from " + from + " in demo proposal " + id);
        }
        status = action == ProposalAction.CREATE ? ProposalStatus.DRAFT : action.target(from);
        updatedAt = at;
        transitions.add(new Transition(id, action, from, status, actor, at, reason, unitId, memberId, relatedId));
    }
}
