package org.xieshang.opinion;

import java.util.List;

/** A leader's instruction 批示 on a report, as recorded in {@code committeeId} (see {@link OpinionReportAdopted}). */
public record InstructionRecorded(
        long reportId,
        long committeeId,
        long levelCommitteeId,
        InstructionRank rank,
        boolean origin,
        List<Long> memberIds) {}
