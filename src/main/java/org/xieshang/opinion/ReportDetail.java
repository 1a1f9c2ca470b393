package org.xieshang.opinion;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One report with everything its pages show: the original and the edited text side by side, who wrote it, the
 * history, the attachments, and its status at every level it reached.
 */
public record ReportDetail(
        long id,
        long committeeId,
        int year,
        String serialNumber,
        OpinionState state,
        String title,
        String facts,
        String analysis,
        String suggestions,
        String category,
        SubmitterType submitterType,
        Long partyOrganisationId,
        Long specialCommitteeId,
        String unitName,
        String authorNames,
        List<ReportPerson> persons,
        Edit edit,
        String filedReason,
        OriginType originType,
        Long originId,
        Long originCommitteeId,
        String originCommitteeName,
        int length,
        boolean lengthWarning,
        List<OpinionAction> legalActions,
        List<AttachmentView> attachments,
        List<TransitionView> history,
        List<LevelStatus> levels,
        OffsetDateTime submittedAt,
        int version) {

    /** The 核稿 and 签发 fields; null parts when not done yet. */
    public record Edit(
            String title,
            String body,
            String suggestions,
            String editorName,
            OffsetDateTime editedAt,
            String signedOffByName,
            OffsetDateTime signedOffAt) {}
}
