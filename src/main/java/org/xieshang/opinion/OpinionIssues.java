package org.xieshang.opinion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.OpinionProblems.IssueAlreadyPublished;
import org.xieshang.opinion.OpinionProblems.NotAcceptedHere;
import org.xieshang.opinion.domain.ChinaTime;
import org.xieshang.opinion.domain.Issues;
import org.xieshang.opinion.domain.Issues.IssueRow;
import org.xieshang.opinion.domain.Issues.NewPiece;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.OutcomeRecorder;
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.Who;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Compiling the periodical 《社情民意》: an issue is drafted with pieces made of accepted reports (one report, or several
 * merged with each original listed), then published to its recipients. Publication numbers it 第N期 in sequence for
 * the committee and year, and records on each report that it was published (its periodical point).
 */
@Service
@Transactional
public class OpinionIssues {

    private final Issues issues;
    private final ReportAccess access;
    private final OpinionCatalogue catalogue;
    private final OutcomeRecorder recorder;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final OpinionTexts texts;
    private final ApplicationEventPublisher events;

    OpinionIssues(
            Issues issues,
            ReportAccess access,
            OpinionCatalogue catalogue,
            OutcomeRecorder recorder,
            OrganisationDirectory organisation,
            AuditTrail audit,
            OpinionTexts texts,
            ApplicationEventPublisher events) {
        this.issues = issues;
        this.access = access;
        this.catalogue = catalogue;
        this.recorder = recorder;
        this.organisation = organisation;
        this.audit = audit;
        this.texts = texts;
        this.events = events;
    }

    public long create(IssueDraft draft) {
        long committeeId = Actor.required().committeeId();
        List<String> recipients = recipients(committeeId, draft.recipients());
        List<NewPiece> pieces = pieces(committeeId, draft.pieces());
        long id = issues.insert(committeeId, draft.year(), recipients, Who.current());
        issues.replacePieces(issues.byId(id).orElseThrow(), pieces);
        audit.record(
                AuditAction.CREATE,
                Issues.RECORD_TYPE,
                id,
                texts.get("opinion.audit.issue-created", draft.year(), pieces.size()),
                null,
                draft);
        return id;
    }

    public void update(long id, int version, IssueDraft draft) {
        IssueRow issue = draft(id, version);
        List<String> recipients = recipients(issue.committeeId(), draft.recipients());
        List<NewPiece> pieces = pieces(issue.committeeId(), draft.pieces());
        issues.update(issue, draft.year(), recipients);
        issues.replacePieces(issue, pieces);
        audit.record(
                AuditAction.UPDATE,
                Issues.RECORD_TYPE,
                id,
                texts.get("opinion.audit.issue-updated", draft.year(), pieces.size()),
                null,
                draft);
    }

    public void discard(long id, int version) {
        IssueRow issue = draft(id, version);
        issues.delete(issue);
        audit.record(
                AuditAction.DELETE, Issues.RECORD_TYPE, id, texts.get("opinion.audit.issue-discarded"), issue, null);
    }

    /** Publishes the issue: numbers it, and records on each of its reports that it was published. */
    public IssueView publish(long id, int version) {
        IssueRow issue = draft(id, version);
        Who who = Who.current();
        int number = issues.publish(issue, who);
        CommitteeView here = organisation.committee(issue.committeeId()).orElseThrow();
        LevelRef level = new LevelRef(here.id(), here.name(), here.level());
        for (Issues.PieceRow piece : issues.pieces(id)) {
            AdoptionKind kind = piece.kind() == PieceKind.COMPOSITE ? AdoptionKind.COMPOSITE : AdoptionKind.SINGLE;
            Outcome published = new Outcome(
                    OutcomeType.PUBLISHED, kind, null, null, issue.year() + "-" + number, null, ChinaTime.today());
            for (IssueView.Original original : issues.originals(piece.id())) {
                OpinionReport report = access.forStaff(original.reportId());
                if (!report.acceptedHere()) {
                    throw new NotAcceptedHere();
                }
                recorder.record(report, level, published, "issue-" + id + "-report-" + report.id(), who);
            }
        }
        List<Long> reportIds = issues.reportIds(id);
        audit.record(
                AuditAction.STATE_CHANGE,
                Issues.RECORD_TYPE,
                id,
                texts.get("opinion.audit.issue-published", issue.year(), number),
                Map.of("state", "DRAFT"),
                Map.of("state", "PUBLISHED", "number", number, "reports", reportIds));
        events.publishEvent(new OpinionIssuePublished(id, issue.committeeId(), issue.year(), number, reportIds));
        return view(id);
    }

    @Transactional(readOnly = true)
    public IssueView view(long id) {
        IssueRow issue = visible(id);
        String committeeName = organisation
                .committee(issue.committeeId())
                .map(CommitteeView::name)
                .orElse(null);
        Map<String, String> names = catalogue.recipients(issue.committeeId()).stream()
                .collect(Collectors.toMap(CatalogueEntry::code, CatalogueEntry::name));
        List<IssueView.Recipient> recipients = issue.recipientCodes().stream()
                .map(code -> new IssueView.Recipient(code, names.getOrDefault(code, code)))
                .toList();
        List<IssueView.Piece> pieces = issues.pieces(id).stream()
                .map(p -> new IssueView.Piece(
                        p.id(), p.position(), p.kind(), p.title(), p.body(), issues.originals(p.id())))
                .toList();
        return new IssueView(
                issue.id(),
                issue.committeeId(),
                committeeName,
                issue.year(),
                issue.number(),
                issue.state(),
                recipients,
                pieces,
                issue.publishedByName(),
                issue.publishedAt(),
                issue.version());
    }

    @Transactional(readOnly = true)
    public PageSlice<IssueSummary> list(Long committeeId, Integer year, IssueState state, Paging paging) {
        return issues.list(Actor.required().visibleCommitteeIds(), committeeId, year, state, paging);
    }

    private IssueRow visible(long id) {
        return issues.byId(id)
                .filter(i -> Actor.required().visibleCommitteeIds().contains(i.committeeId()))
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.ISSUE, id));
    }

    private IssueRow draft(long id, int version) {
        IssueRow issue = visible(id);
        if (issue.state() != IssueState.DRAFT) {
            throw new IssueAlreadyPublished();
        }
        if (issue.version() != version) {
            throw new org.xieshang.shared.StaleRecord(Issues.RECORD_TYPE, id);
        }
        return issue;
    }

    private List<String> recipients(long committeeId, List<String> codes) {
        Set<String> known = catalogue.recipients(committeeId).stream()
                .map(CatalogueEntry::code)
                .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            throw new InvalidInput("recipients", "opinion.recipients-required");
        }
        if (!known.containsAll(codes)) {
            throw new InvalidInput("recipients", "opinion.recipient-unknown");
        }
        return codes.stream().distinct().toList();
    }

    /** Checks each piece and fills in a single piece's text from its report when none is given. */
    private List<NewPiece> pieces(long committeeId, List<IssueDraft.PieceDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new InvalidInput("pieces", "opinion.pieces-required");
        }
        Set<Long> seen = new HashSet<>();
        List<NewPiece> pieces = new ArrayList<>();
        for (IssueDraft.PieceDraft d : drafts) {
            int count = d.reportIds().size();
            if (d.kind() == PieceKind.SINGLE ? count != 1 : count < 2) {
                throw new InvalidInput(
                        "pieces", "opinion.piece-" + d.kind().name().toLowerCase());
            }
            List<OpinionReport> reports = new ArrayList<>();
            for (Long reportId : d.reportIds()) {
                OpinionReport report = access.forStaff(reportId);
                if (report.committeeId() != committeeId || !report.acceptedHere()) {
                    throw new NotAcceptedHere();
                }
                if (!seen.add(reportId)) {
                    throw new InvalidInput("pieces", "opinion.piece-report-twice");
                }
                reports.add(report);
            }
            pieces.add(piece(d, reports));
        }
        return pieces;
    }

    private static NewPiece piece(IssueDraft.PieceDraft d, List<OpinionReport> reports) {
        boolean blank = d.title() == null
                || d.title().isBlank()
                || d.body() == null
                || d.body().isBlank();
        if (blank && d.kind() == PieceKind.COMPOSITE) {
            throw new InvalidInput("pieces", "opinion.piece-composite-text");
        }
        OpinionReport first = reports.get(0);
        String title = blank ? first.publishedTitle() : d.title().strip();
        String body = blank
                ? first.publishedBody() + "\n\n" + first.publishedSuggestions()
                : d.body().strip();
        return new NewPiece(d.kind(), title, body, d.reportIds());
    }
}
