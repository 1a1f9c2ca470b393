package org.xieshang.opinion;

import java.util.List;
import org.xieshang.organisation.CommitteeLevel;

/** A report was adopted at {@code level}. Published in every committee that records it: {@code origin} is true where the report was written, and {@code memberIds} are then its member authors. */
public record OpinionReportAdopted(
        long reportId,
        long committeeId,
        long levelCommitteeId,
        CommitteeLevel level,
        AdoptionKind kind,
        boolean origin,
        List<Long> memberIds,
        Long partyOrganisationId) {}
