package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xieshang.proposal.CoSignatureConfirmed;
import org.xieshang.proposal.CoSignatureDeclined;
import org.xieshang.proposal.CoSignerInvited;
import org.xieshang.proposal.CoSignerRemoved;
import org.xieshang.proposal.Confirmation;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.GoodProposalSelected;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalConversionLinked;
import org.xieshang.proposal.ProposalEvent;
import org.xieshang.proposal.ProposalFiled;
import org.xieshang.proposal.ProposalKind;
import org.xieshang.proposal.ProposalMerged;
import org.xieshang.proposal.ProposalNotFiled;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalReturned;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSubmitted;
import org.xieshang.proposal.ProposalWithdrawn;
import org.xieshang.proposal.SignerRole;
import org.xieshang.proposal.domain.Refusals.ProposalNotInState;
import org.xieshang.proposal.domain.Step.About;

/**
 * A proposal and its workflow. Every step goes through {@link #apply}, which checks the transition table
 * ({@link ProposalAction}), moves the state and records a history {@link Step}; the methods check their own rules
 * (who may act, what must be complete) before anything changes, so a refused step leaves the proposal as it was.
 * Events are collected here and published by {@link ProposalJournal} with the steps, in the same transaction.
 */
public final class Proposal {

    private final long id;
    private final long committeeId;
    private final long createdBy;
    private final int version;
    private ProposalContent content;
    private final List<Signer> signers;
    private ProposalStatus status;
    private Registration registration;
    private Filing filing;
    private Long mergedInto;
    private String returnReason;
    private NotFiling notFiling;
    private KeyMark key;
    private Integer goodYear;
    private int round;
    private OffsetDateTime closedAt;
    private final List<Step> steps = new ArrayList<>();
    private final List<ProposalEvent> events = new ArrayList<>();

    /** Meeting, period and running number, fixed at the first submission. */
    public record Registration(long meetingId, ProposalPeriod period, int runningNo, OffsetDateTime submittedAt) {}

    /** The official number, assigned at filing. */
    public record Filing(int sequenceNo, String officialNumber, OffsetDateTime filedAt) {}

    public record NotFiling(String reasonCode, String note, Conversion conversion, String conversionRef) {}

    /** Selected as a key proposal, with the supervising leader and the decision (e.g. the chairpersons' meeting). */
    public record KeyMark(Long leaderId, String leaderName, String decision, OffsetDateTime selectedAt) {}

    Proposal(ProposalRow row, ProposalContent content, List<Signer> signers) {
        this.id = row.id();
        this.committeeId = row.committeeId();
        this.createdBy = row.createdBy();
        this.version = row.version();
        this.content = content;
        this.signers = new ArrayList<>(signers);
        this.status = row.status();
        this.registration = row.runningNo() == null
                ? null
                : new Registration(row.meetingId(), row.period(), row.runningNo(), row.submittedAt());
        this.filing =
                row.sequenceNo() == null ? null : new Filing(row.sequenceNo(), row.officialNumber(), row.filedAt());
        this.mergedInto = row.mergedInto();
        this.returnReason = row.returnReason();
        this.notFiling = row.notFiledReason() == null
                ? null
                : new NotFiling(row.notFiledReason(), row.notFiledNote(), row.conversion(), row.conversionRef());
        this.key = row.keyProposal()
                ? new KeyMark(row.keyLeaderId(), row.keyLeaderName(), row.keyDecision(), row.keySelectedAt())
                : null;
        this.goodYear = row.goodProposal() ? row.goodYear() : null;
        this.round = row.round();
        this.closedAt = row.closedAt();
    }

    /** A new draft by {@code leadMemberId}, the first proposer (also for a collective proposal: who acts for it). */
    public static Proposal newDraft(
            long id, long committeeId, long createdBy, long leadMemberId, ProposalContent content, Act act) {
        Proposal proposal = new Proposal(
                ProposalRow.draft(id, committeeId, createdBy), content, List.of(Signer.lead(leadMemberId, act.at())));
        proposal.steps.add(
                new Step(ProposalAction.CREATE, null, ProposalStatus.DRAFT, act, null, null, leadMemberId, null));
        return proposal;
    }

    // ---- drafting and co-signatures

    /** Changes the text and the list of co-signers; a returned proposal goes back to draft. */
    public void edit(Act act, long memberId, ProposalContent newContent, List<Long> coSignerIds, LocalDate deadline) {
        check(ProposalAction.EDIT);
        requireProposer(memberId);
        List<Long> wanted = new ArrayList<>(new LinkedHashSet<>(coSignerIds));
        wanted.remove(Long.valueOf(memberId));
        if (newContent.kind() != ProposalKind.JOINT && !wanted.isEmpty()) {
            throw new Refusals.SignersDoNotFitKind("proposal.co-signers-not-allowed");
        }
        if (status == ProposalStatus.RETURNED) {
            apply(ProposalAction.REOPEN, act, About.NOTHING);
        }
        content = newContent;
        syncCoSigners(act, wanted, deadline);
    }

    private void syncCoSigners(Act act, List<Long> wanted, LocalDate deadline) {
        for (Signer signer : List.copyOf(signers)) {
            if (signer.role() == SignerRole.CO_SIGNER && !wanted.contains(signer.memberId())) {
                signers.remove(signer);
                apply(ProposalAction.CO_SIGNER_REMOVED, act, About.member(signer.memberId()));
                events.add(new CoSignerRemoved(id, committeeId, signer.memberId(), leadMemberId()));
            }
        }
        for (Long memberId : wanted) {
            if (signer(memberId).isEmpty()) {
                signers.add(Signer.invited(memberId, signers.size() + 1, act.at(), deadline));
                apply(ProposalAction.CO_SIGNER_INVITED, act, About.member(memberId));
                events.add(new CoSignerInvited(id, committeeId, memberId, leadMemberId(), deadline));
            }
        }
        List<Signer> ordered = new ArrayList<>(signers.subList(0, 1));
        wanted.forEach(m -> ordered.add(signer(m).orElseThrow().at(ordered.size() + 1)));
        signers.clear();
        signers.addAll(ordered);
    }

    public void confirmCoSignature(Act act, long memberId) {
        answer(act, memberId, Confirmation.CONFIRMED, ProposalAction.CO_SIGNATURE_CONFIRMED);
        events.add(new CoSignatureConfirmed(id, committeeId, memberId, leadMemberId()));
    }

    public void declineCoSignature(Act act, long memberId) {
        answer(act, memberId, Confirmation.DECLINED, ProposalAction.CO_SIGNATURE_DECLINED);
        events.add(new CoSignatureDeclined(id, committeeId, memberId, leadMemberId()));
    }

    private void answer(Act act, long memberId, Confirmation answer, ProposalAction action) {
        check(action);
        Signer signer =
                signer(memberId).filter(s -> s.role() == SignerRole.CO_SIGNER).orElseThrow(Refusals.NotACoSigner::new);
        if (signer.confirmation() != Confirmation.PENDING) {
            throw new Refusals.CoSignatureAlreadyAnswered();
        }
        if (signer.deadline() != null && act.day().isAfter(signer.deadline())) {
            throw new Refusals.CoSignDeadlinePassed(signer.deadline());
        }
        signers.set(signers.indexOf(signer), signer.answered(answer, act.at()));
        apply(action, act, About.member(memberId));
    }

    // ---- submission and review

    /** Refuses, before numbers are drawn, a submission that could not go through. */
    public void checkSubmittable(long memberId, List<String> categories) {
        check(ProposalAction.SUBMIT);
        requireProposer(memberId);
        content.checkComplete(categories);
        long coSigners =
                signers.stream().filter(s -> s.role() == SignerRole.CO_SIGNER).count();
        if (content.kind() == ProposalKind.JOINT && coSigners == 0) {
            throw new Refusals.SignersDoNotFitKind("proposal.joint-needs-co-signers");
        }
        long open = signers.stream().filter(s -> !s.confirmed()).count();
        if (open > 0) {
            throw new Refusals.CoSignersNotConfirmed(open);
        }
    }

    /** Submits; the meeting, period and running number are kept from the first submission when there was one. */
    public void submit(Act act, long memberId, List<String> categories, Registration firstRegistration) {
        checkSubmittable(memberId, categories);
        if (registration == null) {
            registration = firstRegistration;
        }
        apply(ProposalAction.SUBMIT, act, About.NOTHING);
        events.add(new ProposalSubmitted(
                id,
                committeeId,
                registration.runningNo(),
                content.kind(),
                registration.period(),
                registration.meetingId(),
                proposerMemberIds()));
    }

    public void returnForRevision(Act act, String reason) {
        check(ProposalAction.RETURN);
        requireText(reason, "reason");
        returnReason = reason;
        apply(ProposalAction.RETURN, act, About.reason(reason));
        events.add(new ProposalReturned(id, committeeId, reason, proposerMemberIds()));
    }

    public void reopen(Act act, long memberId) {
        check(ProposalAction.REOPEN);
        requireProposer(memberId);
        apply(ProposalAction.REOPEN, act, About.NOTHING);
    }

    public void withdraw(Act act, long memberId, String reason) {
        check(ProposalAction.WITHDRAW);
        requireProposer(memberId);
        apply(ProposalAction.WITHDRAW, act, About.reason(reason));
        events.add(new ProposalWithdrawn(id, committeeId, proposerMemberIds()));
    }

    public void file(Act act, Filing newFiling) {
        check(ProposalAction.FILE);
        filing = newFiling;
        apply(ProposalAction.FILE, act, About.NOTHING);
        events.add(new ProposalFiled(
                id,
                committeeId,
                registration.meetingId(),
                filing.sequenceNo(),
                filing.officialNumber(),
                proposerMemberIds()));
    }

    public void notFile(Act act, String reasonCode, String note, Conversion conversion) {
        check(ProposalAction.NOT_FILE);
        notFiling = new NotFiling(reasonCode, note, conversion, null);
        apply(ProposalAction.NOT_FILE, act, About.reason(reasonCode));
        events.add(new ProposalNotFiled(id, committeeId, reasonCode, conversion, proposerMemberIds()));
    }

    /** Links the record the proposal was converted into (意见建议, 社情民意, 委员来信), once it exists. */
    public void linkConversion(Act act, Conversion conversion, String reference) {
        check(ProposalAction.CONVERSION_LINKED);
        requireText(reference, "reference");
        notFiling = new NotFiling(notFiling.reasonCode(), notFiling.note(), conversion, reference);
        apply(ProposalAction.CONVERSION_LINKED, act, About.reason(reference));
        events.add(new ProposalConversionLinked(id, committeeId, conversion, reference));
    }

    /** Merges this filed proposal into {@code primary}; both histories show who merged what. */
    public void mergeInto(Act act, Proposal primary, boolean hasMergedChildren) {
        check(ProposalAction.MERGE);
        if (primary.id == id) {
            throw new Refusals.MergeRefused("self");
        }
        if (primary.committeeId != committeeId) {
            throw new Refusals.MergeRefused("other-committee");
        }
        if (!ProposalAction.MERGE_RECEIVED.allowedFrom(primary.status)) {
            throw new Refusals.MergeRefused("primary-not-filed");
        }
        if (hasMergedChildren) {
            throw new Refusals.MergeRefused("child-is-primary");
        }
        mergedInto = primary.id;
        apply(ProposalAction.MERGE, act, About.proposal(primary.id));
        primary.apply(ProposalAction.MERGE_RECEIVED, act, About.proposal(id));
        events.add(new ProposalMerged(id, committeeId, primary.id, proposerMemberIds()));
    }

    // ---- handling (events with unit data are raised by the services)

    /** Assigned; a merged proposal only together with its primary. */
    public void assign(Act act, boolean withPrimary) {
        check(ProposalAction.ASSIGN);
        if (mergedInto != null && !withPrimary) {
            throw new Refusals.AssignWithPrimary(mergedInto);
        }
        apply(ProposalAction.ASSIGN, act, About.NOTHING);
    }

    /** Takes a step that needs no rule of the proposal's own beyond the transition table. */
    public void take(ProposalAction action, Act act, About about) {
        apply(action, act, about);
    }

    /** A 不满意 opens the next round: the units named handle again. */
    public void openRehandling(Act act, String reason) {
        check(ProposalAction.OPEN_REHANDLING);
        round++;
        apply(ProposalAction.OPEN_REHANDLING, act, About.reason(reason));
    }

    public void close(Act act, String reason) {
        check(ProposalAction.CLOSE);
        if (status == ProposalStatus.REPLIED) {
            requireText(reason, "reason");
        }
        closedAt = act.at();
        apply(ProposalAction.CLOSE, act, About.reason(reason));
    }

    // ---- key and good proposals

    public void selectAsKey(Act act, KeyMark mark) {
        check(ProposalAction.KEY_SELECTED);
        if (key != null) {
            throw new Refusals.AlreadySelected("key");
        }
        key = mark;
        apply(ProposalAction.KEY_SELECTED, act, About.reason(mark.decision()));
    }

    public void selectAsGood(Act act, int year) {
        check(ProposalAction.GOOD_SELECTED);
        if (goodYear != null) {
            throw new Refusals.AlreadySelected("good");
        }
        goodYear = year;
        apply(ProposalAction.GOOD_SELECTED, act, About.reason(String.valueOf(year)));
        events.add(new GoodProposalSelected(id, committeeId, year, proposerMemberIds()));
    }

    // ---- the core of every step

    /** Refuses a step the transition table does not allow from the current state. */
    public void check(ProposalAction action) {
        if (!action.allowedFrom(status)) {
            throw new ProposalNotInState(action, status);
        }
    }

    private void apply(ProposalAction action, Act act, About about) {
        check(action);
        ProposalStatus from = status;
        status = action.target(status);
        steps.add(new Step(
                action,
                from,
                status,
                act,
                about.reason(),
                about.unitId(),
                about.memberId(),
                about.relatedProposalId()));
    }

    public void raise(ProposalEvent event) {
        events.add(event);
    }

    private void requireProposer(long memberId) {
        if (leadMemberId() == null || leadMemberId() != memberId) {
            throw new Refusals.NotTheProposer();
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Refusals.MissingPart(field);
        }
    }

    // ---- reading

    public Optional<Signer> signer(long memberId) {
        return signers.stream().filter(s -> s.memberId() == memberId).findFirst();
    }

    public Long leadMemberId() {
        return signers.isEmpty() ? null : signers.get(0).memberId();
    }

    /** The signers who confirmed, first proposer first: whom replies go to and who evaluates. */
    public List<Long> proposerMemberIds() {
        return signers.stream().filter(Signer::confirmed).map(Signer::memberId).toList();
    }

    public boolean isSigner(long memberId) {
        return signer(memberId).isPresent();
    }

    public Set<Long> coSignerIds() {
        Set<Long> ids = new LinkedHashSet<>();
        signers.stream().filter(s -> s.role() == SignerRole.CO_SIGNER).forEach(s -> ids.add(s.memberId()));
        return ids;
    }

    List<Step> pullSteps() {
        List<Step> taken = List.copyOf(steps);
        steps.clear();
        return taken;
    }

    List<ProposalEvent> pullEvents() {
        List<ProposalEvent> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    /** Steps taken since loading (for tests and the journal). */
    public List<Step> pendingSteps() {
        return List.copyOf(steps);
    }

    public List<ProposalEvent> pendingEvents() {
        return List.copyOf(events);
    }

    ProposalRow row() {
        return new ProposalRow(
                id,
                committeeId,
                createdBy,
                status,
                registration == null ? null : registration.meetingId(),
                registration == null ? null : registration.period(),
                registration == null ? null : registration.runningNo(),
                registration == null ? null : registration.submittedAt(),
                filing == null ? null : filing.sequenceNo(),
                filing == null ? null : filing.officialNumber(),
                filing == null ? null : filing.filedAt(),
                mergedInto,
                returnReason,
                notFiling == null ? null : notFiling.reasonCode(),
                notFiling == null ? null : notFiling.note(),
                notFiling == null ? null : notFiling.conversion(),
                notFiling == null ? null : notFiling.conversionRef(),
                key != null,
                key == null ? null : key.leaderId(),
                key == null ? null : key.leaderName(),
                key == null ? null : key.decision(),
                key == null ? null : key.selectedAt(),
                goodYear != null,
                goodYear,
                round,
                closedAt,
                version);
    }

    public long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public ProposalStatus status() {
        return status;
    }

    public ProposalContent content() {
        return content;
    }

    public List<Signer> signers() {
        return List.copyOf(signers);
    }

    public Optional<Registration> registration() {
        return Optional.ofNullable(registration);
    }

    public Optional<Filing> filing() {
        return Optional.ofNullable(filing);
    }

    public Optional<Long> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Optional<NotFiling> notFiling() {
        return Optional.ofNullable(notFiling);
    }

    public Optional<KeyMark> key() {
        return Optional.ofNullable(key);
    }

    public Optional<Integer> goodYear() {
        return Optional.ofNullable(goodYear);
    }

    public int round() {
        return round;
    }

    public String returnReason() {
        return returnReason;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public int version() {
        return version;
    }

    /** How the proposal is named to people: its official number once filed, else its running number, else its id. */
    public String label() {
        if (filing != null) {
            return filing.officialNumber();
        }
        return registration != null ? "#" + registration.runningNo() : "id " + id;
    }
}
