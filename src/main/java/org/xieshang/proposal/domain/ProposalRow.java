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

    /** The row of a proposal as it stands now (with the version it was loaded at, for the optimistic check). */
    static ProposalRow of(Proposal p) {
        var registration = p.registration();
        var filing = p.filing();
        var notFiling = p.notFiling();
        var key = p.key();
        return new ProposalRow(
                p.id(),
                p.committeeId(),
                p.createdBy(),
                p.status(),
                registration.map(Registration::meetingId).orElse(null),
                registration.map(Registration::period).orElse(null),
                registration.map(Registration::runningNo).orElse(null),
                registration.map(Registration::submittedAt).orElse(null),
                filing.map(Filing::sequenceNo).orElse(null),
                filing.map(Filing::officialNumber).orElse(null),
                filing.map(Filing::filedAt).orElse(null),
                p.mergedInto().orElse(null),
                p.returnReason(),
                notFiling.map(NotFiling::reasonCode).orElse(null),
                notFiling.map(NotFiling::note).orElse(null),
                notFiling.map(NotFiling::conversion).orElse(null),
                notFiling.map(NotFiling::conversionRef).orElse(null),
                key.isPresent(),
                key.map(KeyMark::leaderId).orElse(null),
                key.map(KeyMark::leaderName).orElse(null),
                key.map(KeyMark::decision).orElse(null),
                key.map(KeyMark::selectedAt).orElse(null),
                p.goodYear().isPresent(),
                p.goodYear().orElse(null),
                p.round(),
                p.closedAt(),
                p.version());
    }

    Registration registration() {
        return runningNo == null ? null : new Registration(meetingId, period, runningNo, submittedAt);
    }

    Filing filing() {
        return sequenceNo == null ? null : new Filing(sequenceNo, officialNumber, filedAt);
    }

    NotFiling notFiling() {
        return notFiledReason == null ? null : new NotFiling(notFiledReason, notFiledNote, conversion, conversionRef);
    }

    KeyMark keyMark() {
        return keyProposal ? new KeyMark(keyLeaderId, keyLeaderName, keyDecision, keySelectedAt) : null;
    }
}
