package org.xieshang.proposal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
import org.xieshang.proposal.ProposalReturned;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalSubmitted;
import org.xieshang.proposal.ProposalWithdrawn;
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
    private final Signers signers;
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
    private final Pending pending = new Pending();

    Proposal(ProposalRow row, ProposalContent content, List<Signer> signers) {
        this.id = row.id();
        this.committeeId = row.committeeId();
        this.createdBy = row.createdBy();
        this.version = row.version();
        this.content = content;
        this.signers = new Signers(signers);
        this.status = row.status();
        this.registration = row.registration();
        this.filing = row.filing();
        this.mergedInto = row.mergedInto();
        this.returnReason = row.returnReason();
        this.notFiling = row.notFiling();
        this.key = row.keyMark();
        this.goodYear = row.goodProposal() ? row.goodYear() : null;
        this.round = row.round();
        this.closedAt = row.closedAt();
    }

    /** A new draft by {@code leadMemberId}, the first proposer (also for a collective proposal: who acts for it). */
    public static Proposal newDraft(
            long id, long committeeId, long createdBy, long leadMemberId, ProposalContent content, Act act) {
        Proposal proposal = new Proposal(
                ProposalRow.draft(id, committeeId, createdBy), content, List.of(Signer.lead(leadMemberId, act.at())));
        proposal.pending.step(
                Step.of(ProposalAction.CREATE, null, ProposalStatus.DRAFT, act, About.member(leadMemberId)));
        return proposal;
    }

    // ---- drafting and co-signatures

    /** Changes the text and the list of co-signers; a returned proposal goes back to draft. */
    public void edit(Act act, long memberId, ProposalContent newContent, List<Long> coSignerIds, LocalDate deadline) {
        check(ProposalAction.EDIT);
        requireProposer(memberId);
        boolean coSigners = coSignerIds.stream().anyMatch(m -> m != memberId);
        if (newContent.kind() != ProposalKind.JOINT && coSigners) {
            throw new Refusals.SignersDoNotFitKind("proposal.co-signers-not-allowed");
        }
        if (status == ProposalStatus.RETURNED) {
            apply(ProposalAction.REOPEN, act, About.NOTHING);
        }
        content = newContent;
        Signers.Changes changes = signers.sync(coSignerIds, act, deadline);
        for (long removed : changes.removed()) {
            apply(ProposalAction.CO_SIGNER_REMOVED, act, About.member(removed));
            pending.event(new CoSignerRemoved(id, committeeId, removed, leadMemberId()));
        }
        for (long invited : changes.invited()) {
            apply(ProposalAction.CO_SIGNER_INVITED, act, About.member(invited));
            pending.event(new CoSignerInvited(id, committeeId, invited, leadMemberId(), deadline));
        }
    }

    public void confirmCoSignature(Act act, long memberId) {
        check(ProposalAction.CO_SIGNATURE_CONFIRMED);
        signers.answer(memberId, Confirmation.CONFIRMED, act);
        apply(ProposalAction.CO_SIGNATURE_CONFIRMED, act, About.member(memberId));
        pending.event(new CoSignatureConfirmed(id, committeeId, memberId, leadMemberId()));
    }

    public void declineCoSignature(Act act, long memberId) {
        check(ProposalAction.CO_SIGNATURE_DECLINED);
        signers.answer(memberId, Confirmation.DECLINED, act);
        apply(ProposalAction.CO_SIGNATURE_DECLINED, act, About.member(memberId));
        pending.event(new CoSignatureDeclined(id, committeeId, memberId, leadMemberId()));
    }

    // ---- submission and review

    /** Refuses, before numbers are drawn, a submission that could not go through. */
    public void checkSubmittable(long memberId, List<String> categories) {
        check(ProposalAction.SUBMIT);
        requireProposer(memberId);
        content.checkComplete(categories);
        if (content.kind() == ProposalKind.JOINT && signers.coSigners() == 0) {
            throw new Refusals.SignersDoNotFitKind("proposal.joint-needs-co-signers");
        }
        long open = signers.unconfirmed();
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
        pending.event(new ProposalSubmitted(
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
        Refusals.requireText(reason, "reason");
        returnReason = reason;
        apply(ProposalAction.RETURN, act, About.reason(reason));
        pending.event(new ProposalReturned(id, committeeId, reason, proposerMemberIds()));
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
        pending.event(new ProposalWithdrawn(id, committeeId, proposerMemberIds()));
    }

    public void file(Act act, Filing newFiling) {
        check(ProposalAction.FILE);
        filing = newFiling;
        apply(ProposalAction.FILE, act, About.NOTHING);
        pending.event(new ProposalFiled(
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
        pending.event(new ProposalNotFiled(id, committeeId, reasonCode, conversion, proposerMemberIds()));
    }

    /** Links the record the proposal was converted into (意见建议, 社情民意, 委员来信), once it exists. */
    public void linkConversion(Act act, Conversion conversion, String reference) {
        check(ProposalAction.CONVERSION_LINKED);
        Refusals.requireText(reference, "reference");
        notFiling = new NotFiling(notFiling.reasonCode(), notFiling.note(), conversion, reference);
        apply(ProposalAction.CONVERSION_LINKED, act, About.reason(reference));
        pending.event(new ProposalConversionLinked(id, committeeId, conversion, reference));
    }

    /** Merges this filed proposal into {@code primary}; both histories show who merged what. */
    public void mergeInto(Act act, Proposal primary, boolean hasMergedChildren) {
        check(ProposalAction.MERGE);
        String refused = primary.id == id
                ? "self"
                : primary.committeeId != committeeId
                        ? "other-committee"
                        : !ProposalAction.MERGE_RECEIVED.allowedFrom(primary.status)
                                ? "primary-not-filed"
                                : hasMergedChildren ? "child-is-primary" : null;
        if (refused != null) {
            throw new Refusals.MergeRefused(refused);
        }
        mergedInto = primary.id;
        apply(ProposalAction.MERGE, act, About.proposal(primary.id));
        primary.apply(ProposalAction.MERGE_RECEIVED, act, About.proposal(id));
        pending.event(new ProposalMerged(id, committeeId, primary.id, proposerMemberIds()));
    }

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
            Refusals.requireText(reason, "reason");
        }
        closedAt = act.at();
        apply(ProposalAction.CLOSE, act, About.reason(reason));
    }

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
        pending.event(new GoodProposalSelected(id, committeeId, year, proposerMemberIds()));
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
        pending.step(Step.of(action, from, status, act, about));
    }

    public void raise(ProposalEvent event) {
        pending.event(event);
    }

    private void requireProposer(long memberId) {
        if (leadMemberId() == null || leadMemberId() != memberId) {
            throw new Refusals.NotTheProposer();
        }
    }

    public Optional<Signer> signer(long memberId) {
        return signers.find(memberId);
    }

    public Long leadMemberId() {
        return signers.leadMemberId();
    }

    /** The signers who confirmed, first proposer first: whom replies go to and who evaluates. */
    public List<Long> proposerMemberIds() {
        return signers.confirmedIds();
    }

    Pending pending() {
        return pending;
    }

    /** Steps taken since loading, not yet committed. */
    public List<Step> pendingSteps() {
        return pending.steps();
    }

    public List<ProposalEvent> pendingEvents() {
        return pending.events();
    }

    ProposalRow row() {
        return ProposalRow.of(this);
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
        return signers.list();
    }

    long createdBy() {
        return createdBy;
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
