package org.xieshang.proposal.demo;

import java.util.List;
import java.util.stream.Collectors;

/** The proposal row of a generated proposal, once its history is complete. */
final class DemoRows {

    private DemoRows() {}

    static void proposal(DemoBook book, DemoWorld world, DemoProposal p) {
        List<Long> suggested = p.unitIds.isEmpty() ? List.of() : p.unitIds.subList(0, 1);
        book.proposals.add(
                p.id,
                world.committeeId(),
                p.meeting.id(),
                p.period.name(),
                p.runningNo,
                p.sequenceNo == 0 ? null : p.sequenceNo,
                p.officialNumber,
                p.kind.name(),
                p.collectiveType,
                p.partyId,
                p.sectorId,
                p.specialCommitteeId,
                p.groupName,
                p.contactName,
                p.title,
                p.grounds,
                p.suggestions,
                p.topic.category(),
                suggested.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")),
                p.disclosureConsent,
                p.status.name(),
                p.mergedInto,
                p.returnReason,
                p.notFiledReason,
                p.notFiledNote,
                p.conversion,
                p.conversionRef,
                p.key,
                p.keyLeader,
                p.keyDecision,
                p.keySelectedAt,
                p.good,
                p.goodYear,
                p.round,
                0L, // no user account: the demo loader wrote it
                p.createdAt,
                p.submittedAt,
                p.filedAt,
                p.closedAt,
                p.updatedAt);
    }
}
