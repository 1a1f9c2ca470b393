package org.xieshang.opinion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.member.MemberDirectory;
import org.xieshang.member.MemberSummary;
import org.xieshang.opinion.domain.CheckedContent;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OpinionReports;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.ReportRules;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.organisation.PartyKind;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.StaleRecord;

/**
 * Writing and submitting reports: drafts kept by their creator, submission with a running number, and reports that
 * arrive converted from a proposal not filed or escalated from a consultation (they enter as submitted).
 */
@Service
@Transactional
public class OpinionSubmission {

    private final OpinionReports reports;
    private final ReportAccess access;
    private final OpinionCatalogue catalogue;
    private final OrganisationDirectory organisation;
    private final MemberDirectory members;
    private final OpinionSettings settings;
    private final AuditTrail audit;
    private final OpinionTexts texts;
    private final ApplicationEventPublisher events;

    OpinionSubmission(
            OpinionReports reports,
            ReportAccess access,
            OpinionCatalogue catalogue,
            OrganisationDirectory organisation,
            MemberDirectory members,
            OpinionSettings settings,
            AuditTrail audit,
            OpinionTexts texts,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.access = access;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.members = members;
        this.settings = settings;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    /** The result of a submission: the running number, and a warning when the text runs past the length limit. */
    public record Submitted(long id, String serialNumber, int length, boolean lengthWarning) {}

    public long createDraft(ReportContent content) {
        Actor actor = Actor.required();
        OpinionReport report = OpinionReport.draft(
                actor.committeeId(),
                ChinaTime.today().getYear(),
                check(actor.committeeId(), content),
                Who.of(actor),
                null);
        long id = reports.insert(report);
        audit.record(
                AuditAction.CREATE,
                OpinionTexts.AUDIT_TYPE,
                id,
                texts.get("opinion.audit.draft", report.row().title()),
                null,
                content);
        return id;
    }

    public void updateDraft(long id, int version, ReportContent content) {
        OpinionReport report = access.ownDraft(id);
        checkVersion(report, version);
        ReportContent before = contentOf(report);
        report.replaceContent(check(report.committeeId(), content));
        reports.update(report);
        reports.replacePersons(report);
        audit.record(
                AuditAction.UPDATE,
                OpinionTexts.AUDIT_TYPE,
                id,
                texts.get("opinion.audit.draft-updated", report.row().title()),
                before,
                content);
    }

    public Submitted submit(long id, int version) {
        OpinionReport report = access.ownDraft(id);
        checkVersion(report, version);
        return submit(report);
    }

    /** Creates and submits in one step. */
    public Submitted submitNew(ReportContent content) {
        long id = createDraft(content);
        return submit(reports.require(id));
    }

    /**
     * A report converted from another module's record (a proposal not filed, a consultation's problem), entered into
     * {@code committeeId} as submitted, with a link to its origin. A signed-in caller must see that committee; a
     * listener acting for the system (no user) may convert into any committee.
     */
    public Submitted receiveConverted(long committeeId, ReportContent content, ReportOrigin origin) {
        Optional<Actor> actor = Actor.current();
        if (actor.isPresent() && !actor.get().visibleCommitteeIds().contains(committeeId)) {
            throw OpinionProblems.missing(OpinionProblems.COMMITTEE, committeeId);
        }
        OpinionReport report = OpinionReport.draft(
                committeeId, ChinaTime.today().getYear(), check(committeeId, content), Who.current(), origin);
        reports.insert(report);
        return submit(report);
    }

    public void discardDraft(long id, int version) {
        OpinionReport report = access.ownDraft(id);
        checkVersion(report, version);
        reports.deleteDraft(id, version);
        audit.record(
                AuditAction.DELETE,
                OpinionTexts.AUDIT_TYPE,
                id,
                texts.get("opinion.audit.draft-discarded", report.row().title()),
                contentOf(report),
                null);
    }

    private Submitted submit(OpinionReport report) {
        int year = ChinaTime.today().getYear();
        String serial = "%d-%04d".formatted(year, reports.nextSerial(report.committeeId(), year));
        report.submit(serial, year, Who.current(), ChinaTime.now());
        reports.update(report);
        audit.recordIn(
                report.committeeId(),
                AuditAction.STATE_CHANGE,
                OpinionTexts.AUDIT_TYPE,
                report.id(),
                texts.get("opinion.audit.submitted", serial, report.row().title()),
                Map.of("state", "DRAFT"),
                Map.of("state", "SUBMITTED", "serialNumber", serial));
        events.publishEvent(new OpinionReportSubmitted(
                report.id(),
                report.committeeId(),
                year,
                report.row().submitterType(),
                report.row().partyOrganisationId(),
                report.memberIds(),
                report.userIds()));
        int length = contentOf(report).length();
        return new Submitted(report.id(), serial, length, length > settings.lengthWarning());
    }

    private CheckedContent check(long committeeId, ReportContent content) {
        return ReportRules.check(named(committeeId, content), catalogue.categoryCodes(committeeId), units(committeeId));
    }

    /** Members on a report must belong to its committee; their names come from the roster, not from the request. */
    private ReportContent named(long committeeId, ReportContent content) {
        List<Long> ids = content.persons().stream()
                .filter(p -> p.type() == PersonType.MEMBER && p.id() != null)
                .map(ReportPerson::id)
                .toList();
        Map<Long, String> names = members.byIds(ids).stream()
                .filter(m -> m.committeeId() == committeeId)
                .collect(Collectors.toMap(MemberSummary::id, MemberSummary::name));
        List<ReportPerson> persons = new ArrayList<>();
        for (ReportPerson p : content.persons()) {
            if (p.type() == PersonType.MEMBER && p.id() != null) {
                if (!names.containsKey(p.id())) {
                    throw new InvalidInput("persons", "opinion.person-member-unknown", p.id());
                }
                persons.add(new ReportPerson(p.type(), p.id(), names.get(p.id()), p.share()));
            } else {
                persons.add(p);
            }
        }
        return new ReportContent(
                content.title(),
                content.facts(),
                content.analysis(),
                content.suggestions(),
                content.category(),
                content.submitterType(),
                content.partyOrganisationId(),
                content.specialCommitteeId(),
                persons);
    }

    private ReportRules.Units units(long committeeId) {
        return new ReportRules.Units() {
            @Override
            public Optional<ReportRules.Unit> party(long id) {
                for (PartyKind kind : PartyKind.values()) {
                    Optional<ReportRules.Unit> unit = organisation.partyOrganisations(committeeId, kind).stream()
                            .filter(p -> p.id() == id)
                            .findFirst()
                            .map(p -> new ReportRules.Unit(p.name(), kind));
                    if (unit.isPresent()) {
                        return unit;
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<ReportRules.Unit> specialCommittee(long id) {
                return organisation.specialCommittees(committeeId).stream()
                        .filter(s -> s.id() == id)
                        .findFirst()
                        .map(s -> new ReportRules.Unit(s.name(), null));
            }
        };
    }

    private static void checkVersion(OpinionReport report, int version) {
        if (report.row().version() != version) {
            throw new StaleRecord(OpinionTexts.AUDIT_TYPE, report.id());
        }
    }

    static ReportContent contentOf(OpinionReport report) {
        var r = report.row();
        return new ReportContent(
                r.title(),
                r.facts(),
                r.analysis(),
                r.suggestions(),
                r.category(),
                r.submitterType(),
                r.partyOrganisationId(),
                r.specialCommitteeId(),
                report.persons().stream()
                        .map(p -> new ReportPerson(p.personType(), p.personId(), p.name(), p.share()))
                        .toList());
    }
}
