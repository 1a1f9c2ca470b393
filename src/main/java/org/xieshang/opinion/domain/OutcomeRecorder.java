package org.xieshang.opinion.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xieshang.opinion.AdoptionRevoked;
import org.xieshang.opinion.InstructionRecorded;
import org.xieshang.opinion.LevelRef;
import org.xieshang.opinion.OpinionOutcomeRecorded;
import org.xieshang.opinion.OpinionRelay;
import org.xieshang.opinion.OpinionReportAdopted;
import org.xieshang.opinion.Outcome;
import org.xieshang.opinion.OutcomeType;
import org.xieshang.opinion.PointsAwarded;
import org.xieshang.opinion.PointsRevoked;

/**
 * The one way an outcome is recorded, whether it happened here or arrived from above: write it once (a repeated key is
 * ignored), credit or revoke points, publish the events, and pass it on to the committee below when the record is a
 * copy. So every committee on a report's way up records what happened at each level.
 */
@Component
public class OutcomeRecorder {

    private final Outcomes outcomes;
    private final PointsTable table;
    private final PointsLedger ledger;
    private final OpinionRelay relay;
    private final ApplicationEventPublisher events;

    OutcomeRecorder(
            Outcomes outcomes,
            PointsTable table,
            PointsLedger ledger,
            OpinionRelay relay,
            ApplicationEventPublisher events) {
        this.outcomes = outcomes;
        this.table = table;
        this.ledger = ledger;
        this.relay = relay;
        this.events = events;
    }

    /** Records the outcome on {@code record}; empty when this committee already had it (a repeated delivery). */
    public Optional<OutcomeRow> record(OpinionReport record, LevelRef level, Outcome outcome, String key, Who who) {
        Optional<OutcomeRow> written = outcomes.insert(record.committeeId(), record.id(), level, outcome, key, who);
        written.ifPresent(row -> {
            if (row.type() == OutcomeType.ADOPTION_REVOKED) {
                revokePoints(record, row);
            } else {
                awardPoints(record, row);
            }
            publish(record, row);
            if (record.isCopy()) {
                relay.deliverOutcome(
                        record.row().originCommitteeId(), record.row().originId(), level, outcome, key);
            }
        });
        return written;
    }

    private void awardPoints(OpinionReport record, OutcomeRow row) {
        PointsRules.award(row, !record.isCopy(), table.rules(record.committeeId()))
                .ifPresent(award -> {
                    List<PointsLedger.Credit> credits = PointsLedger.credits(record, award.points());
                    for (PointsLedger.Entry e : ledger.write(record, row, award.ruleCode(), credits)) {
                        events.publishEvent(new PointsAwarded(
                                e.id(),
                                e.committeeId(),
                                e.year(),
                                e.beneficiaryType(),
                                e.beneficiaryId(),
                                e.points(),
                                e.ruleCode(),
                                e.reportId()));
                    }
                });
    }

    private void revokePoints(OpinionReport record, OutcomeRow row) {
        List<Long> revoked = outcomes.revokeAdoption(record.committeeId(), row.relatedKey());
        for (PointsLedger.Entry e : ledger.revoke(revoked)) {
            events.publishEvent(new PointsRevoked(
                    e.id(),
                    e.reversesEntryId(),
                    e.committeeId(),
                    e.year(),
                    e.beneficiaryType(),
                    e.beneficiaryId(),
                    e.points(),
                    e.reportId()));
        }
    }

    private void publish(OpinionReport record, OutcomeRow row) {
        boolean origin = !record.isCopy();
        List<Long> members = origin ? record.memberIds() : List.of();
        events.publishEvent(new OpinionOutcomeRecorded(
                record.id(),
                record.committeeId(),
                row.id(),
                row.levelCommitteeId(),
                row.level(),
                row.type(),
                origin,
                members));
        switch (row.type()) {
            case ADOPTED ->
                events.publishEvent(new OpinionReportAdopted(
                        record.id(),
                        record.committeeId(),
                        row.levelCommitteeId(),
                        row.level(),
                        row.adoptionKind(),
                        origin,
                        members,
                        record.row().partyOrganisationId()));
            case INSTRUCTED ->
                events.publishEvent(new InstructionRecorded(
                        record.id(),
                        record.committeeId(),
                        row.levelCommitteeId(),
                        row.instructionRank(),
                        origin,
                        members));
            case ADOPTION_REVOKED ->
                events.publishEvent(new AdoptionRevoked(
                        record.id(), record.committeeId(), row.levelCommitteeId(), row.level(), origin, members));
            default -> {
                // the generic event above is enough for the other outcomes
            }
        }
    }
}
