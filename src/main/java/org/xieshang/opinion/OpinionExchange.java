package org.xieshang.opinion;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OpinionReports;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.OutcomeRecorder;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;

/**
 * The receiving end between committees, for the in-process relay today and for the API between installations later:
 * an upper committee receives a report sent up, a lower committee receives what happened to it above. Both calls are
 * idempotent by key: a repeat returns what the first call made and changes nothing. They act for the system, not for a
 * signed-in user; the caller (the relay, or an authenticated endpoint) decides who may deliver.
 */
@Service
@Transactional
public class OpinionExchange {

    private final OpinionReports reports;
    private final OutcomeRecorder recorder;
    private final OrganisationDirectory organisation;
    private final OpinionRelay relay;
    private final AuditTrail audit;
    private final OpinionTexts texts;
    private final ApplicationEventPublisher events;

    OpinionExchange(
            OpinionReports reports,
            OutcomeRecorder recorder,
            OrganisationDirectory organisation,
            OpinionRelay relay,
            AuditTrail audit,
            OpinionTexts texts,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.recorder = recorder;
        this.organisation = organisation;
        this.relay = relay;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    /** Puts a copy of the report into the target committee's queue, once per idempotency key. */
    public UpwardReceipt receiveUpward(UpwardDelivery delivery) {
        CommitteeView target = organisation
                .committee(delivery.targetCommitteeId())
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.COMMITTEE, delivery.targetCommitteeId()));
        // two deliveries of one key at the same time queue up here; the second then finds the first one's copy
        reports.lockKey(target.id(), delivery.idempotencyKey());
        var existing = reports.copyByKey(target.id(), delivery.idempotencyKey());
        if (existing.isPresent()) {
            return new UpwardReceipt(existing.get(), target.id(), false);
        }
        OpinionReport copy = OpinionReport.copyOf(delivery, ChinaTime.now());
        long id = reports.insert(copy);
        audit.recordIn(
                target.id(),
                AuditAction.CREATE,
                OpinionTexts.AUDIT_TYPE,
                id,
                texts.get(
                        "opinion.audit.received",
                        delivery.originCommitteeName(),
                        copy.row().title()),
                null,
                Map.of(
                        "originCommitteeId",
                        delivery.originCommitteeId(),
                        "originReportId",
                        delivery.originReportId(),
                        "key",
                        delivery.idempotencyKey()));
        events.publishEvent(
                new OpinionReportReceived(id, target.id(), delivery.originCommitteeId(), delivery.originReportId()));
        LevelRef level = new LevelRef(target.id(), target.name(), target.level());
        relay.deliverOutcome(
                delivery.originCommitteeId(),
                delivery.originReportId(),
                level,
                Outcome.of(OutcomeType.RECEIVED, ChinaTime.today()),
                delivery.idempotencyKey() + ":received");
        return new UpwardReceipt(id, target.id(), true);
    }

    /**
     * Records on {@code reportId} (a report of the receiving committee) what happened at {@code level}, and passes it on
     * down when that report is itself a copy. Returns false when this key was recorded before.
     */
    public boolean receiveOutcome(long reportId, LevelRef level, Outcome outcome, String idempotencyKey) {
        OpinionReport record = reports.lock(reportId);
        boolean recorded = recorder.record(record, level, outcome, idempotencyKey, Who.current())
                .isPresent();
        if (recorded) {
            audit.recordIn(
                    record.committeeId(),
                    AuditAction.STATE_CHANGE,
                    OpinionTexts.AUDIT_TYPE,
                    reportId,
                    texts.get(
                            "opinion.audit.outcome",
                            level.committeeName(),
                            texts.get(outcome.type().messageKey())),
                    null,
                    outcome);
        }
        return recorded;
    }
}
