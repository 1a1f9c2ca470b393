package org.xieshang.opinion.domain;

import java.util.List;
import org.xieshang.opinion.SubmitterType;

/** Report content that passed {@link ReportRules}: shares filled in, unit and author names resolved. */
public record CheckedContent(
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
        List<ReportPersonRow> persons) {}
