package org.xieshang.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything about one proposal that its reader may see: the text, numbers and state, the signers, assignments,
 * co-unit opinions, replies (with review and disclosure), evaluations, re-handling rounds, key-proposal supervision,
 * the face-to-face consultation and the B-class follow-ups. Members see only replies already sent to them (and, when
 * review is required, reviewed).
 */
public record ProposalDetails(
        ProposalSummary summary,
        Text text,
        Review review,
        Marks marks,
        List<Long> mergedProposalIds,
        List<Signer> signers,
        List<Assignment> assignments,
        List<Opinion> opinions,
        List<Reply> replies,
        List<Evaluation> evaluations,
        List<Rehandling> rehandlings,
        List<Supervision> supervisions,
        List<Consultation> consultations,
        List<FollowUp> followUps) {

    /** What the proposer wrote; {@code overLengthLimit} warns, it never blocks. */
    public record Text(
            CollectiveProposer collectiveProposer,
            Long partyOrganisationId,
            Long sectorId,
            Long specialCommitteeId,
            String groupName,
            String contactName,
            String contactPhone,
            String contactAddress,
            String grounds,
            String suggestions,
            List<Long> suggestedUnitIds,
            boolean disclosureConsent,
            String disclosureReason,
            Long clueId,
            int length,
            boolean overLengthLimit) {}

    /** The outcome of review: the return reason, or the not-filed reason code, note and conversion. */
    public record Review(
            Integer sequenceNo,
            String returnReason,
            String notFiledReason,
            String notFiledNote,
            Conversion conversion,
            String conversionRef,
            int round,
            OffsetDateTime closedAt) {}

    public record Marks(
            boolean keyProposal,
            Long keyLeaderId,
            String keyLeaderName,
            String keyDecision,
            OffsetDateTime keySelectedAt,
            boolean goodProposal,
            Integer goodYear) {}

    public record Signer(
            long memberId,
            int position,
            SignerRole role,
            Confirmation confirmation,
            OffsetDateTime invitedAt,
            OffsetDateTime respondedAt,
            LocalDate deadline) {}

    public record Assignment(
            long id,
            long proposalId,
            long unitId,
            String unitName,
            AssignmentRole role,
            AssignmentStatus status,
            String batch,
            OffsetDateTime assignedAt,
            LocalDate contestUntil,
            boolean locked,
            OffsetDateTime acceptedAt,
            OffsetDateTime contestedAt,
            String contestReason,
            String resolutionReason,
            LocalDate deadline,
            LocalDate originalDeadline,
            LocalDate extensionUntil,
            String extensionReason,
            Boolean extensionApproved,
            int round,
            int version) {}

    public record Opinion(long id, long unitId, String unitName, int round, String text, OffsetDateTime sentAt) {}

    public record Reply(
            long id,
            long assignmentId,
            long unitId,
            String unitName,
            int round,
            ReplyStatus status,
            ReplyClass replyClass,
            ReplyClass finalClass,
            String letter,
            String documentNumber,
            String signer,
            int revision,
            List<Long> countersignedUnitIds,
            OffsetDateTime repliedAt,
            ReplyReview reviewStatus,
            String reviewReason,
            String reviewedByName,
            OffsetDateTime reviewedAt,
            DisclosureMode disclosureMode,
            String disclosureSummary,
            OffsetDateTime publishedAt,
            LocalDate disclosureDue) {}

    public record Evaluation(
            long id,
            long replyId,
            int round,
            Long memberId,
            boolean lead,
            Satisfaction satisfaction,
            boolean contacted,
            EvaluationForm.ContactMethod contactMethod,
            EvaluationForm.Attitude attitude,
            EvaluationForm.Pertinence pertinence,
            EvaluationForm.Agreement agreement,
            String comment,
            boolean onPaper,
            OffsetDateTime evaluatedAt) {}

    public record Rehandling(long unitId, int round, OffsetDateTime openedAt, LocalDate deadline) {}

    public record Supervision(
            long id,
            SupervisionKind kind,
            LocalDate heldOn,
            String place,
            List<String> parties,
            String attendees,
            String minutes,
            OffsetDateTime recordedAt) {}

    public record Consultation(
            long id, LocalDate heldOn, String place, String participants, String outcome, OffsetDateTime recordedAt) {}

    public record FollowUp(
            long id,
            long replyId,
            long unitId,
            int year,
            String progress,
            boolean resolved,
            OffsetDateTime recordedAt) {}
}
