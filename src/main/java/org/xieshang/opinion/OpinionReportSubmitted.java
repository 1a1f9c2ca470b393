package org.xieshang.opinion;

import java.util.List;

/** A report was submitted (or arrived converted from a proposal or a consultation). {@code memberIds} are the members among its authors. */
public record OpinionReportSubmitted(
        long reportId,
        long committeeId,
        int year,
        SubmitterType submitterType,
        Long partyOrganisationId,
        List<Long> memberIds,
        List<Long> userIds) {}
