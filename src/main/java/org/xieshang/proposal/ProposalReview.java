package org.xieshang.proposal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Filing;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalJournal;
import org.xieshang.proposal.domain.ProposalNumbers;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.PublicOpinionHandOver;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.shared.Actor;

/**
 * The proposal office's review 审查 of submitted proposals: file 立案 (the official number is drawn now, in sequence per
 * meeting), return for revision 退回, not file 不立案 with a reason code and a conversion, merge 并案.
 */
@Service
@Transactional
public class ProposalReview {

    private final ProposalRepository proposals;
    private final ProposalJournal journal;
    private final ProposalNumbers numbers;
    private final ProposalSettings settings;
    private final OrganisationDirectory organisation;
    private final ProposalClock clock;
    private final PublicOpinionHandOver handOver;

    ProposalReview(
            ProposalRepository proposals,
            ProposalJournal journal,
            ProposalNumbers numbers,
            ProposalSettings settings,
            OrganisationDirectory organisation,
            ProposalClock clock,
            PublicOpinionHandOver handOver) {
        this.proposals = proposals;
        this.journal = journal;
        this.numbers = numbers;
        this.settings = settings;
        this.organisation = organisation;
        this.clock = clock;
        this.handOver = handOver;
    }

    /** The official number given at filing. */
    public record Filed(long id, long meetingId, int sequenceNo, String officialNumber) {}

    /**
     * Files the proposal. The number comes from the meeting's counter row, updated in this transaction: concurrent
     * filings queue on it, and a filing that fails gives its number back.
     */
    public Filed file(long id) {
        Proposal proposal = proposals.lockVisible(Actor.required(), id);
        proposal.check(ProposalAction.FILE);
        long meetingId = proposal.registration().orElseThrow().meetingId();
        MeetingView meeting = organisation.meetings(proposal.committeeId()).stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(Refusals.NoMeeting::new);
        Act act = clock.act();
        int sequenceNo = numbers.nextInMeeting(proposal.committeeId(), meetingId);
        String officialNumber = numbers.official(meeting, sequenceNo);
        proposal.file(act, new Filing(sequenceNo, officialNumber, act.at()));
        journal.commit(proposal);
        return new Filed(id, meetingId, sequenceNo, officialNumber);
    }

    public void returnForRevision(long id, String reason) {
        Proposal proposal = proposals.lockVisible(Actor.required(), id);
        proposal.returnForRevision(clock.act(), reason);
        journal.commit(proposal);
    }

    /**
     * Not filed, with one of the configured reason codes and, if so decided, what it is converted into. A conversion to
     * 社情民意信息 creates the report in the same transaction and links its serial number.
     */
    public void notFile(long id, String reasonCode, String note, Conversion conversion) {
        Proposal proposal = proposals.lockVisible(Actor.required(), id);
        if (!settings.notFiledReasons().contains(reasonCode)) {
            throw new Refusals.UnknownNotFiledReason(reasonCode);
        }
        Act act = clock.act();
        proposal.notFile(act, reasonCode, note, conversion);
        if (conversion == Conversion.PUBLIC_OPINION) {
            proposal.linkConversion(act, conversion, handOver.handOver(proposal));
        }
        journal.commit(proposal);
    }

    /**
     * Records the record a not-filed proposal became (e.g. the public-opinion report's id), so the conversion keeps a
     * link to the original. The module that creates that record may call this.
     */
    public void linkConversion(long id, Conversion conversion, String reference) {
        Proposal proposal = proposals.lockVisible(Actor.required(), id);
        proposal.linkConversion(clock.act(), conversion, reference);
        journal.commit(proposal);
    }

    /** Merges a filed proposal into a filed primary; both keep their numbers and each will get its own reply. */
    public void merge(long id, long primaryId) {
        Actor actor = Actor.required();
        // lock in id order so two merges over the same pair cannot deadlock
        Proposal first = proposals.lockVisible(actor, Math.min(id, primaryId));
        Proposal second = id == primaryId ? first : proposals.lockVisible(actor, Math.max(id, primaryId));
        Proposal proposal = first.id() == id ? first : second;
        Proposal primary = first.id() == primaryId ? first : second;
        proposal.mergeInto(clock.act(), primary, !proposals.mergedChildren(id).isEmpty());
        journal.commit(proposal);
        if (primary != proposal) {
            journal.commit(primary);
        }
    }
}
