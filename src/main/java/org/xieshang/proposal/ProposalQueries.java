package org.xieshang.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.organisation.NamedRef;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.domain.Act;
import org.xieshang.proposal.domain.Assignment;
import org.xieshang.proposal.domain.AssignmentRepository;
import org.xieshang.proposal.domain.Deadlines;
import org.xieshang.proposal.domain.Filing;
import org.xieshang.proposal.domain.HandlingRecords;
import org.xieshang.proposal.domain.KeyMark;
import org.xieshang.proposal.domain.NotFiling;
import org.xieshang.proposal.domain.Proposal;
import org.xieshang.proposal.domain.ProposalClock;
import org.xieshang.proposal.domain.ProposalFinder;
import org.xieshang.proposal.domain.ProposalRepository;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.proposal.domain.Reply;
import org.xieshang.proposal.domain.ReplyRepository;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Reading proposals, always within what the signed-in user may see: lists with search and filters, the export, one
 * proposal's details and its timeline. Members see a reply only once it was sent to them (and reviewed, when review is
 * required); drafts and co-unit opinions stay between the units and the office.
 */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

    private final ProposalFinder finder;
    private final ProposalRepository proposals;
    private final AssignmentRepository assignments;
    private final ReplyRepository replies;
    private final HandlingRecords records;
    private final OrganisationDirectory organisation;
    private final Deadlines deadlines;
    private final ProposalSettings settings;
    private final ProposalClock clock;

    ProposalQueries(
            ProposalFinder finder,
            ProposalRepository proposals,
            AssignmentRepository assignments,
            ReplyRepository replies,
            HandlingRecords records,
            OrganisationDirectory organisation,
            Deadlines deadlines,
            ProposalSettings settings,
            ProposalClock clock) {
        this.finder = finder;
        this.proposals = proposals;
        this.assignments = assignments;
        this.replies = replies;
        this.records = records;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.settings = settings;
        this.clock = clock;
    }

    public PageSlice<ProposalSummary> find(ProposalFilter filter, Paging paging) {
        return finder.find(Actor.required(), filter, paging);
    }

    /** Every matching proposal, streamed (for the Excel export). */
    public void forEach(ProposalFilter filter, Consumer<ProposalSummary> consumer) {
        finder.forEach(Actor.required(), filter, consumer);
    }

    public List<TimelineEntry> timeline(long id) {
        require(id);
        return finder.timeline(id);
    }

    public ProposalDetails details(long id) {
        Actor actor = require(id);
        Proposal proposal = proposals.find(id).orElseThrow();
        Map<Long, String> units = organisation.handlingUnits(proposal.committeeId()).stream()
                .collect(Collectors.toMap(NamedRef::id, NamedRef::name));
        LocalDate today = clock.now().atZoneSameInstant(Act.CHINA).toLocalDate();
        boolean inside = actor.hasPermission("proposal:read-all")
                || actor.handlingUnitId().isPresent();
        List<ProposalDetails.Reply> shown = replies.ofProposal(id).stream()
                .filter(r -> inside || (r.submitted() && (r.reviewed() || !settings.replyReviewRequired())))
                .map(r -> reply(r, units, proposal.content().disclosureConsent()))
                .toList();
        return new ProposalDetails(
                finder.summary(id),
                text(proposal),
                review(proposal),
                marks(proposal),
                proposals.mergedChildren(id),
                proposal.signers().stream().map(ProposalQueries::signer).toList(),
                assignments.ofProposal(id).stream()
                        .map(a -> assignment(a, units, today))
                        .toList(),
                inside ? opinions(id, units) : List.of(),
                shown,
                records.evaluations(id),
                records.rehandlings(id),
                records.supervisions(id),
                records.consultations(id),
                records.followUps(id));
    }

    private Actor require(long id) {
        Actor actor = Actor.required();
        if (!proposals.isVisible(actor, id)) {
            throw new Refusals.NotFound("proposal", id);
        }
        return actor;
    }

    private ProposalDetails.Text text(Proposal p) {
        var c = p.content();
        return new ProposalDetails.Text(
                c.collectiveProposer(),
                c.partyOrganisationId(),
                c.sectorId(),
                c.specialCommitteeId(),
                c.groupName(),
                c.contactName(),
                c.contactPhone(),
                c.contactAddress(),
                c.grounds(),
                c.suggestions(),
                c.suggestedUnitIds(),
                c.disclosureConsent(),
                c.disclosureReason(),
                c.clueId(),
                c.length(),
                c.length() > settings.lengthWarning());
    }

    private static ProposalDetails.Review review(Proposal p) {
        var notFiling = p.notFiling();
        return new ProposalDetails.Review(
                p.filing().map(Filing::sequenceNo).orElse(null),
                p.returnReason(),
                notFiling.map(NotFiling::reasonCode).orElse(null),
                notFiling.map(NotFiling::note).orElse(null),
                notFiling.map(NotFiling::conversion).orElse(null),
                notFiling.map(NotFiling::conversionRef).orElse(null),
                p.round(),
                p.closedAt());
    }

    private static ProposalDetails.Marks marks(Proposal p) {
        var key = p.key();
        return new ProposalDetails.Marks(
                key.isPresent(),
                key.map(KeyMark::leaderId).orElse(null),
                key.map(KeyMark::leaderName).orElse(null),
                key.map(KeyMark::decision).orElse(null),
                key.map(KeyMark::selectedAt).orElse(null),
                p.goodYear().isPresent(),
                p.goodYear().orElse(null));
    }

    private static ProposalDetails.Signer signer(org.xieshang.proposal.domain.Signer s) {
        return new ProposalDetails.Signer(
                s.memberId(), s.position(), s.role(), s.confirmation(), s.invitedAt(), s.respondedAt(), s.deadline());
    }

    static ProposalDetails.Assignment assignment(Assignment a, Map<Long, String> units, LocalDate today) {
        return new ProposalDetails.Assignment(
                a.id(),
                a.proposalId(),
                a.unitId(),
                units.get(a.unitId()),
                a.role(),
                a.status(),
                a.batch(),
                a.assignedAt(),
                a.contestUntil(),
                a.settled(today),
                a.acceptedAt(),
                a.contestedAt(),
                a.contestReason(),
                a.resolutionReason(),
                a.deadline(),
                a.originalDeadline(),
                a.extensionUntil(),
                a.extensionReason(),
                a.extensionApproved(),
                a.round(),
                a.version());
    }

    private ProposalDetails.Reply reply(Reply r, Map<Long, String> units, boolean consent) {
        LocalDate due = r.submitted() && consent && r.publishedAt() == null && r.disclosureMode() == null
                ? deadlines.disclosure(
                        r.repliedAt().atZoneSameInstant(Act.CHINA).toLocalDate())
                : null;
        List<Long> countersigned = replies.countersignedBy(r).stream()
                .map(aid -> assignments.find(aid).map(Assignment::unitId).orElse(null))
                .toList();
        return new ProposalDetails.Reply(
                r.id(),
                r.assignmentId(),
                r.unitId(),
                units.get(r.unitId()),
                r.round(),
                r.status(),
                r.replyClass(),
                r.finalClass(),
                r.letter(),
                r.documentNumber(),
                r.signer(),
                r.revision(),
                countersigned,
                r.repliedAt(),
                r.reviewStatus(),
                r.reviewReason(),
                r.reviewedByName(),
                r.reviewedAt(),
                r.disclosureMode(),
                r.disclosureSummary(),
                r.publishedAt(),
                due);
    }

    private List<ProposalDetails.Opinion> opinions(long id, Map<Long, String> units) {
        return records.opinions(id).stream()
                .map(o -> new ProposalDetails.Opinion(
                        o.id(), o.unitId(), units.get(o.unitId()), o.round(), o.text(), o.sentAt()))
                .toList();
    }
}
