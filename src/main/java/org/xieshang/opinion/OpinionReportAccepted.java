package org.xieshang.opinion;

import java.util.List;

/** A report was accepted 录用 at its own level. */
public record OpinionReportAccepted(
        long reportId, long committeeId, int year, List<Long> memberIds, Long partyOrganisationId) {}
