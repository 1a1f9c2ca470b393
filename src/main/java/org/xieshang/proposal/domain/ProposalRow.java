package org.xieshang.proposal.domain;

import java.time.OffsetDateTime;
import org.xieshang.proposal.Conversion;
import org.xieshang.proposal.ProposalPeriod;
import org.xieshang.proposal.ProposalStatus;

/** The stored state of a proposal besides its text and signers: what the repository reads and writes. */
record ProposalRow(
        long id,
        long committeeId,
        long createdBy,
        ProposalStatus status,
        Long meetingId,
        ProposalPeriod period,
        Integer runningNo,
        OffsetDateTime submittedAt,
        Integer sequenceNo,
        String officialNumber,
        OffsetDateTime filedAt,
        Long mergedInto,
        String returnReason,
        String notFiledReason,
        String notFiledNote,
        Conversion conversion,
        String conversionRef,
        boolean keyProposal,
        Long keyLeaderId,
        String keyLeaderName,
        String keyDecision,
        OffsetDateTime keySelectedAt,
        boolean goodProposal,
        Integer goodYear,
        int round,
        OffsetDateTime closedAt,
        int version) {

    static ProposalRow draft(long id, long committeeId, long createdBy) {
        return new ProposalRow(
                id,
                committeeId,
                createdBy,
                ProposalStatus.DRAFT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                1,
                null,
                0);
    }
}
