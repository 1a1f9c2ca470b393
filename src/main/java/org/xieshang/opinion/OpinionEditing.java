package org.xieshang.opinion;

import java.util.Map;
import java.util.UUID;
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
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.ReportRules;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.StaleRecord;

/**
 * The information office's work on a submitted report: edit 核稿 (the edited text is kept beside the original), sign
 * off 签发, then accept 录用 or keep on file 留存 with a reason. Keeping a copy received from below on file is an
 * outcome the lower committees learn about.
 */
@Service
@Transactional
public class OpinionEditing {

    private final OpinionReports reports;
    private final ReportAccess access;
    private final OutcomeRecorder recorder;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final OpinionTexts texts;
    private final ApplicationEventPublisher events;

    OpinionEditing(
            OpinionReports reports,
            ReportAccess access,
            OutcomeRecorder recorder,
            OrganisationDirectory organisation,
            AuditTrail audit,
            OpinionTexts texts,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.access = access;
        this.recorder = recorder;
        this.organisation = organisation;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    public void edit(long id, int version, EditedText text) {
        ReportRules.checkEdit(text);
        OpinionReport report = load(id, version);
        OpinionState from = report.state();
        Who who = Who.current();
        EditedText before = new EditedText(
                report.row().editedTitle(),
                report.row().editedBody(),
                report.row().editedSuggestions());
        EditedText after = new EditedText(
                text.title().strip(), text.body().strip(), text.suggestions().strip());
        report.edit(after, who, ChinaTime.now());
        save(report, from, "opinion.audit.edited", before, after);
        events.publishEvent(new OpinionReportEdited(id, report.committeeId(), who.id()));
    }

    public void signOff(long id, int version) {
        OpinionReport report = load(id, version);
        OpinionState from = report.state();
        Who who = Who.current();
        report.signOff(who, ChinaTime.now());
        save(report, from, "opinion.audit.signed-off", null, null);
        events.publishEvent(new OpinionReportSignedOff(id, report.committeeId(), who.id()));
    }

    public void accept(long id, int version) {
        OpinionReport report = load(id, version);
        OpinionState from = report.state();
        report.accept(Who.current(), ChinaTime.now());
        save(report, from, "opinion.audit.accepted", null, null);
        events.publishEvent(new OpinionReportAccepted(
                id,
                report.committeeId(),
                report.row().year(),
                report.memberIds(),
                report.row().partyOrganisationId()));
    }

    /** Keeps a report (own, or received from below) on file without using it, for the reason given. */
    public void keepOnFile(long id, int version, String reason) {
        OpinionReport report = load(id, version);
        OpinionState from = report.state();
        Who who = Who.current();
        report.keepOnFile(reason.strip(), who, ChinaTime.now());
        save(report, from, "opinion.audit.filed", null, Map.of("reason", reason.strip()));
        if (report.isCopy()) {
            CommitteeView here = organisation.committee(report.committeeId()).orElseThrow();
            Outcome filed = new Outcome(OutcomeType.FILED, null, null, null, reason.strip(), null, ChinaTime.today());
            recorder.record(
                    report,
                    new LevelRef(here.id(), here.name(), here.level()),
                    filed,
                    UUID.randomUUID().toString(),
                    who);
        }
        events.publishEvent(new OpinionReportFiled(id, report.committeeId(), report.isCopy(), reason.strip()));
    }

    private OpinionReport load(long id, int version) {
        OpinionReport report = access.forStaff(id);
        if (report.row().version() != version) {
            throw new StaleRecord(OpinionTexts.AUDIT_TYPE, id);
        }
        return report;
    }

    private void save(OpinionReport report, OpinionState from, String summaryKey, Object before, Object after) {
        reports.update(report);
        audit.recordIn(
                report.committeeId(),
                AuditAction.STATE_CHANGE,
                OpinionTexts.AUDIT_TYPE,
                report.id(),
                texts.get(summaryKey, report.publishedTitle()),
                before == null ? Map.of("state", from.name()) : before,
                after == null ? Map.of("state", report.state().name()) : after);
    }
}
