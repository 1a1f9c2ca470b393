package org.xieshang.opinion;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionProblems.AlreadyReportedUpward;
import org.xieshang.opinion.OpinionProblems.IllegalTransition;
import org.xieshang.opinion.OpinionProblems.NoUpperCommittee;
import org.xieshang.opinion.OpinionProblems.NotADirectReportingPoint;
import org.xieshang.opinion.OpinionProblems.NotAReceivedReport;
import org.xieshang.opinion.OpinionProblems.NotAcceptedHere;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OpinionReports;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.OutcomeRecorder;
import org.xieshang.opinion.domain.OutcomeRow;
import org.xieshang.opinion.domain.Outcomes;
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.Upwards;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.StaleRecord;

/**
 * Reporting upward 报送 and what the upper level does with it: adoption 采用 (single, composite, forwarded),
 * revocation of an adoption, leaders' instructions 批示 and adoption by departments. Each of these is an outcome at
 * this level, recorded through the same path as outcomes arriving from above, so it flows down to every committee the
 * report passed through.
 */
@Service
@Transactional
public class OpinionUpward {

    private final OpinionReports reports;
    private final ReportAccess access;
    private final Upwards upwards;
    private final Outcomes outcomes;
    private final OutcomeRecorder recorder;
    private final OpinionRelay relay;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final OpinionTexts texts;
    private final ApplicationEventPublisher events;

    OpinionUpward(
            OpinionReports reports,
            ReportAccess access,
            Upwards upwards,
            Outcomes outcomes,
            OutcomeRecorder recorder,
            OpinionRelay relay,
            OrganisationDirectory organisation,
            AuditTrail audit,
            OpinionTexts texts,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.access = access;
        this.upwards = upwards;
        this.outcomes = outcomes;
        this.recorder = recorder;
        this.relay = relay;
        this.organisation = organisation;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    /** Sends an accepted report (or a copy adopted here) to the committee above, or from a 直报点 to the national one. */
    public UpwardView reportUpward(long reportId, UpwardChannel channel) {
        OpinionReport report = access.forStaff(reportId);
        if (!report.acceptedHere()) {
            throw new NotAcceptedHere();
        }
        CommitteeView here = committee(report.committeeId());
        CommitteeView target = target(here, channel);
        if (upwards.sentTo(reportId, target.id())) {
            throw new AlreadyReportedUpward(target.name());
        }
        String key = UUID.randomUUID().toString();
        long upwardId = upwards.insert(report, target, channel, key, Who.current());
        UpwardDelivery delivery =
                new UpwardDelivery(here.id(), here.name(), reportId, target.id(), channel, key, copied(report));
        UpwardReceipt receipt = relay.deliverUpward(delivery);
        if (receipt != null) { // null: a transport queued it and confirms later
            upwards.delivered(upwardId, receipt.reportId());
        }
        audit.recordIn(
                here.id(),
                AuditAction.STATE_CHANGE,
                OpinionTexts.AUDIT_TYPE,
                reportId,
                texts.get("opinion.audit.reported-upward", report.publishedTitle(), target.name()),
                null,
                Map.of("target", target.id(), "channel", channel.name(), "key", key));
        events.publishEvent(new OpinionReportReportedUpward(
                reportId, here.id(), target.id(), channel, key, report.isCopy() ? List.of() : report.memberIds()));
        return upwards.forReport(reportId).stream()
                .filter(u -> u.id() == upwardId)
                .findFirst()
                .orElseThrow();
    }

    public void recordAdoption(long reportId, int version, AdoptionCommand command) {
        OpinionReport report = copyForStaff(reportId, version);
        Who who = Who.current();
        report.adopt(who, ChinaTime.now());
        reports.update(report);
        String key = UUID.randomUUID().toString();
        Outcome adopted = new Outcome(
                OutcomeType.ADOPTED,
                command.kind(),
                null,
                null,
                blankToNull(command.note()),
                null,
                dayOr(command.adoptedOn()));
        recorder.record(report, here(report), adopted, key, who);
        if (command.departments() != null && !command.departments().isBlank()) {
            Outcome departments = new Outcome(
                    OutcomeType.DEPARTMENT_ADOPTED,
                    command.kind(),
                    null,
                    null,
                    command.departments().strip(),
                    key,
                    dayOr(command.adoptedOn()));
            recorder.record(report, here(report), departments, UUID.randomUUID().toString(), who);
        }
        audit.recordIn(
                report.committeeId(),
                AuditAction.STATE_CHANGE,
                OpinionTexts.AUDIT_TYPE,
                reportId,
                texts.get(
                        "opinion.audit.adopted",
                        report.publishedTitle(),
                        texts.get(command.kind().messageKey())),
                Map.of("state", "RECEIVED"),
                command);
    }

    /** Revokes the adoption at this level; its points (and those of its instructions) are revoked by counter-entries. */
    public void revokeAdoption(long reportId, int version, String reason) {
        OpinionReport report = copyForStaff(reportId, version);
        OutcomeRow adoption = outcomes.activeAdoption(reportId, report.committeeId())
                .orElseThrow(() -> new IllegalTransition(OpinionAction.REVOKE_ADOPTION, report.state()));
        Who who = Who.current();
        report.revokeAdoption(reason.strip(), who, ChinaTime.now());
        reports.update(report);
        Outcome revoked = new Outcome(
                OutcomeType.ADOPTION_REVOKED,
                adoption.adoptionKind(),
                null,
                null,
                reason.strip(),
                adoption.idempotencyKey(),
                ChinaTime.today());
        recorder.record(report, here(report), revoked, UUID.randomUUID().toString(), who);
        audit.recordIn(
                report.committeeId(),
                AuditAction.STATE_CHANGE,
                OpinionTexts.AUDIT_TYPE,
                reportId,
                texts.get("opinion.audit.adoption-revoked", report.publishedTitle()),
                adoption.view(),
                Map.of("reason", reason.strip()));
    }

    /** A leader's instruction on a report accepted here (own level) or on the adoption of a copy at this level. */
    public void recordInstruction(long reportId, InstructionCommand command) {
        OpinionReport report = access.forStaff(reportId);
        OutcomeRow adoption = adoptionToRecordOn(report);
        Outcome instructed = new Outcome(
                OutcomeType.INSTRUCTED,
                adoption == null ? null : adoption.adoptionKind(),
                command.rank(),
                command.leaderTitle().strip(),
                command.text().strip(),
                adoption == null ? null : adoption.idempotencyKey(),
                dayOr(command.instructedOn()));
        recorder.record(report, here(report), instructed, UUID.randomUUID().toString(), Who.current());
        audit.recordIn(
                report.committeeId(),
                AuditAction.CREATE,
                OpinionTexts.AUDIT_TYPE,
                reportId,
                texts.get(
                        "opinion.audit.instructed",
                        report.publishedTitle(),
                        command.leaderTitle().strip()),
                null,
                command);
    }

    public void recordDepartmentAdoption(long reportId, String department, LocalDate adoptedOn) {
        OpinionReport report = access.forStaff(reportId);
        OutcomeRow adoption = adoptionToRecordOn(report);
        Outcome adopted = new Outcome(
                OutcomeType.DEPARTMENT_ADOPTED,
                adoption == null ? null : adoption.adoptionKind(),
                null,
                null,
                department.strip(),
                adoption == null ? null : adoption.idempotencyKey(),
                dayOr(adoptedOn));
        recorder.record(report, here(report), adopted, UUID.randomUUID().toString(), Who.current());
        audit.recordIn(
                report.committeeId(),
                AuditAction.CREATE,
                OpinionTexts.AUDIT_TYPE,
                reportId,
                texts.get("opinion.audit.department-adopted", report.publishedTitle(), department.strip()),
                null,
                Map.of("department", department.strip()));
    }

    @Transactional(readOnly = true)
    public List<UpwardView> upwards(long reportId) {
        access.visible(reportId);
        return upwards.forReport(reportId);
    }

    /** The adoption an instruction belongs to: none for an own report accepted here, the standing one for a copy. */
    private OutcomeRow adoptionToRecordOn(OpinionReport report) {
        if (!report.isCopy()) {
            if (report.state() != OpinionState.ACCEPTED) {
                throw new NotAcceptedHere();
            }
            return null;
        }
        return outcomes.activeAdoption(report.id(), report.committeeId()).orElseThrow(NotAcceptedHere::new);
    }

    private OpinionReport copyForStaff(long reportId, int version) {
        OpinionReport report = access.forStaff(reportId);
        if (!report.isCopy()) {
            throw new NotAReceivedReport();
        }
        if (report.row().version() != version) {
            throw new StaleRecord(OpinionTexts.AUDIT_TYPE, reportId);
        }
        return report;
    }

    private CommitteeView target(CommitteeView here, UpwardChannel channel) {
        if (channel == UpwardChannel.NORMAL) {
            if (here.parentId() == null) {
                throw new NoUpperCommittee();
            }
            return committee(here.parentId());
        }
        if (!here.directReportingPoint()) {
            throw new NotADirectReportingPoint();
        }
        CommitteeView top = here;
        while (top.parentId() != null) {
            top = committee(top.parentId());
        }
        if (top.id() == here.id() || top.level() != CommitteeLevel.NATIONAL) {
            throw new NoUpperCommittee();
        }
        return top;
    }

    private LevelRef here(OpinionReport report) {
        CommitteeView c = committee(report.committeeId());
        return new LevelRef(c.id(), c.name(), c.level());
    }

    private CommitteeView committee(long id) {
        return organisation.committee(id).orElseThrow();
    }

    /** What goes up: the report as edited here (the edited body stands in for facts and analysis). */
    private static CopiedReport copied(OpinionReport report) {
        var r = report.row();
        boolean edited = r.editedBody() != null;
        return new CopiedReport(
                r.year(),
                report.publishedTitle(),
                edited ? r.editedBody() : r.facts(),
                edited ? "" : r.analysis(),
                report.publishedSuggestions(),
                r.category(),
                r.submitterType(),
                r.unitName(),
                r.authorNames());
    }

    private static LocalDate dayOr(LocalDate day) {
        return day == null ? ChinaTime.today() : day;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
