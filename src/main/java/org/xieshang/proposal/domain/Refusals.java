package org.xieshang.proposal.domain;

import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xieshang.proposal.AssignmentStatus;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.XieshangException;

/**
 * The business rules a step can break, each named for the fact. Messages are {@code error.proposal.*} in the module's
 * bundle; enum arguments are passed as message keys so the user reads their Chinese names.
 */
public final class Refusals {

    private Refusals() {}

    /** Refuses an empty text where a reason or another text is required. */
    public static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new MissingPart(field);
        }
    }

    static DefaultMessageSourceResolvable label(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
    }

    /**
     * The record does not exist or lies outside what the user may see (the two read the same). The record type is
     * named in Chinese through {@code proposal.record.<type>}.
     */
    public static final class NotFound extends XieshangException {
        public NotFound(String recordType, Object id) {
            super(Kind.NOT_FOUND, "not-found", label("proposal.record." + recordType, recordType), id);
        }
    }

    /** The step is not allowed from the proposal's current state: 409, nothing changed. */
    public static final class ProposalNotInState extends XieshangException {
        public ProposalNotInState(ProposalAction action, ProposalStatus status) {
            super(
                    Kind.CONFLICT,
                    "proposal.not-in-state",
                    label(action.messageKey(), action.name()),
                    label(status.messageKey(), status.name()));
        }
    }

    /** The step is not allowed from the assignment's current state. */
    public static final class AssignmentNotInState extends XieshangException {
        public AssignmentNotInState(AssignmentStatus status) {
            super(Kind.CONFLICT, "proposal.assignment-not-in-state", label("proposal.assignment.status." + status, ""));
        }
    }

    /** A part the proposal needs before it can be submitted is empty. */
    public static final class MissingPart extends InvalidInput {
        public MissingPart(String field) {
            super(field, "proposal.missing-part", label("proposal.field." + field, field));
        }
    }

    public static final class UnknownCategory extends InvalidInput {
        public UnknownCategory(String category) {
            super("category", "proposal.unknown-category", category);
        }
    }

    public static final class UnknownNotFiledReason extends InvalidInput {
        public UnknownNotFiledReason(String code) {
            super("reasonCode", "proposal.unknown-not-filed-reason", code);
        }
    }

    public static final class UnknownSupervisionParty extends InvalidInput {
        public UnknownSupervisionParty(String party) {
            super("parties", "proposal.unknown-supervision-party", party);
        }
    }

    /** A co-signer has not confirmed (or declined and was not removed): the proposal cannot go in yet. */
    public static final class CoSignersNotConfirmed extends XieshangException {
        public CoSignersNotConfirmed(long open) {
            super(Kind.CONFLICT, "proposal.co-signers-not-confirmed", open);
        }
    }

    public static final class NotTheProposer extends XieshangException {
        public NotTheProposer() {
            super(Kind.FORBIDDEN, "proposal.not-the-proposer");
        }
    }

    public static final class NotACoSigner extends XieshangException {
        public NotACoSigner() {
            super(Kind.FORBIDDEN, "proposal.not-a-co-signer");
        }
    }

    public static final class CoSignatureAlreadyAnswered extends XieshangException {
        public CoSignatureAlreadyAnswered() {
            super(Kind.CONFLICT, "proposal.co-signature-answered");
        }
    }

    public static final class CoSignDeadlinePassed extends XieshangException {
        public CoSignDeadlinePassed(LocalDate deadline) {
            super(Kind.CONFLICT, "proposal.co-sign-deadline-passed", deadline.toString());
        }
    }

    /** A joint proposal needs co-signers; an individual or collective one has none. */
    public static final class SignersDoNotFitKind extends InvalidInput {
        public SignersDoNotFitKind(String code) {
            super("coSignerMemberIds", code);
        }
    }

    /** Merging is refused: into itself, into a proposal that is not a filed primary, or a primary of others. */
    public static final class MergeRefused extends XieshangException {
        public MergeRefused(String why) {
            super(Kind.CONFLICT, "proposal.merge." + why);
        }
    }

    /** A merged proposal is assigned with its primary, never on its own. */
    public static final class AssignWithPrimary extends XieshangException {
        public AssignWithPrimary(long primaryId) {
            super(Kind.CONFLICT, "proposal.assign-with-primary", primaryId);
        }
    }

    public static final class ContestWindowClosed extends XieshangException {
        public ContestWindowClosed(LocalDate until) {
            super(Kind.CONFLICT, "proposal.contest-window-closed", until.toString());
        }
    }

    public static final class ExtensionBeyondLimit extends InvalidInput {
        public ExtensionBeyondLimit(LocalDate latest) {
            super("until", "proposal.extension-beyond-limit", latest.toString());
        }
    }

    public static final class ExtensionNotLater extends InvalidInput {
        public ExtensionNotLater(LocalDate deadline) {
            super("until", "proposal.extension-not-later", deadline.toString());
        }
    }

    public static final class NoExtensionRequested extends XieshangException {
        public NoExtensionRequested() {
            super(Kind.CONFLICT, "proposal.no-extension-requested");
        }
    }

    /** The acting unit has no assignment in the role the step needs. */
    public static final class WrongAssignmentRole extends XieshangException {
        public WrongAssignmentRole(String code) {
            super(Kind.CONFLICT, "proposal.role." + code);
        }
    }

    public static final class CountersignsMissing extends XieshangException {
        public CountersignsMissing(long missing) {
            super(Kind.CONFLICT, "proposal.countersigns-missing", missing);
        }
    }

    public static final class NoReplyDraft extends XieshangException {
        public NoReplyDraft() {
            super(Kind.CONFLICT, "proposal.no-reply-draft");
        }
    }

    public static final class ReplyAlreadySubmitted extends XieshangException {
        public ReplyAlreadySubmitted() {
            super(Kind.CONFLICT, "proposal.reply-already-submitted");
        }
    }

    public static final class ReplyNotSubmitted extends XieshangException {
        public ReplyNotSubmitted() {
            super(Kind.CONFLICT, "proposal.reply-not-submitted");
        }
    }

    public static final class ReplyAlreadyReviewed extends XieshangException {
        public ReplyAlreadyReviewed() {
            super(Kind.CONFLICT, "proposal.reply-already-reviewed");
        }
    }

    public static final class ReplyNotReviewed extends XieshangException {
        public ReplyNotReviewed() {
            super(Kind.CONFLICT, "proposal.reply-not-reviewed");
        }
    }

    /** A reply of an earlier round: the unit has replied again since. */
    public static final class ReplySuperseded extends XieshangException {
        public ReplySuperseded() {
            super(Kind.CONFLICT, "proposal.reply-superseded");
        }
    }

    public static final class AlreadyEvaluated extends XieshangException {
        public AlreadyEvaluated() {
            super(Kind.CONFLICT, "proposal.already-evaluated");
        }
    }

    /** The evaluator is not a signer who confirmed (nor, on paper, the proposer of a collective proposal). */
    public static final class NotAnEvaluator extends XieshangException {
        public NotAnEvaluator() {
            super(Kind.FORBIDDEN, "proposal.not-an-evaluator");
        }
    }

    public static final class NotAKeyProposal extends XieshangException {
        public NotAKeyProposal() {
            super(Kind.CONFLICT, "proposal.not-key");
        }
    }

    public static final class AlreadySelected extends XieshangException {
        public AlreadySelected(String what) {
            super(Kind.CONFLICT, "proposal.already-" + what);
        }
    }

    public static final class DisclosureNotConsented extends XieshangException {
        public DisclosureNotConsented() {
            super(Kind.CONFLICT, "proposal.disclosure-not-consented");
        }
    }

    public static final class NotBClass extends XieshangException {
        public NotBClass() {
            super(Kind.CONFLICT, "proposal.not-b-class");
        }
    }

    /** No meeting of the committee to file the proposal under. */
    public static final class NoMeeting extends XieshangException {
        public NoMeeting() {
            super(Kind.CONFLICT, "proposal.no-meeting");
        }
    }

    public static final class UnknownUnit extends InvalidInput {
        public UnknownUnit(String field, long unitId) {
            super(field, "proposal.unknown-unit", unitId);
        }
    }

    /** A party, sector, special committee or clue that does not exist in the proposal's committee. */
    public static final class UnknownReference extends InvalidInput {
        public UnknownReference(String field, long id) {
            super(field, "proposal.unknown-reference", label("proposal.field." + field, field));
        }
    }

    public static final class ClueAlreadyScreened extends XieshangException {
        public ClueAlreadyScreened() {
            super(Kind.CONFLICT, "proposal.clue-already-screened");
        }
    }
}
