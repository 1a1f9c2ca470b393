package org.xieshang.opinion.domain;

import java.time.OffsetDateTime;
import org.xieshang.opinion.OpinionState;
import org.xieshang.opinion.OriginType;
import org.xieshang.opinion.SubmitterType;

/** A row of {@code opinion_report}, as read and written. */
public record ReportRow(
        Long id,
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
        Long createdBy,
        String createdByName,
        String editedTitle,
        String editedBody,
        String editedSuggestions,
        Long editedBy,
        String editedByName,
        OffsetDateTime editedAt,
        Long signedOffBy,
        String signedOffByName,
        OffsetDateTime signedOffAt,
        Long decidedBy,
        String decidedByName,
        OffsetDateTime decidedAt,
        String filedReason,
        OriginType originType,
        Long originId,
        Long originCommitteeId,
        String originCommitteeName,
        String idempotencyKey,
        OffsetDateTime submittedAt,
        int version) {}
