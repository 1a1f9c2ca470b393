package org.xieshang.opinion;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.opinion.domain.LevelStatuses;
import org.xieshang.opinion.domain.OpinionReport;
import org.xieshang.opinion.domain.Outcomes;
import org.xieshang.opinion.domain.ReportAccess;
import org.xieshang.opinion.domain.ReportExtras;
import org.xieshang.opinion.domain.ReportRow;
import org.xieshang.opinion.domain.ReportScope;
import org.xieshang.opinion.domain.ReportSearch;
import org.xieshang.opinion.domain.Upwards;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/** Reading reports within the signed-in user's scope: the list, one report in full, and a submitter's own reports. */
@Service
@Transactional(readOnly = true)
public class OpinionQueries {

    private final ReportSearch search;
    private final ReportAccess access;
    private final ReportExtras extras;
    private final Outcomes outcomes;
    private final Upwards upwards;
    private final OrganisationDirectory organisation;
    private final OpinionSettings settings;
    private final JdbcClient jdbc;

    OpinionQueries(
            ReportSearch search,
            ReportAccess access,
            ReportExtras extras,
            Outcomes outcomes,
            Upwards upwards,
            OrganisationDirectory organisation,
            OpinionSettings settings,
            JdbcClient jdbc) {
        this.search = search;
        this.access = access;
        this.extras = extras;
        this.outcomes = outcomes;
        this.upwards = upwards;
        this.organisation = organisation;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    public PageSlice<ReportSummary> find(ReportFilter filter, Paging paging) {
        return search.find(ReportScope.current(), filter, paging);
    }

    /** Every report the filter matches, newest first (for export). */
    public void forEach(ReportFilter filter, Consumer<ReportSummary> consumer) {
        search.forEach(ReportScope.current(), filter, consumer);
    }

    public ReportDetail detail(long id) {
        OpinionReport report = access.visible(id);
        ReportRow r = report.row();
        int length = OpinionSubmission.contentOf(report).length();
        List<ReportPerson> persons = report.persons().stream()
                .map(p -> new ReportPerson(p.personType(), p.personId(), p.name(), p.share()))
                .toList();
        ReportDetail.Edit edit = new ReportDetail.Edit(
                r.editedTitle(),
                r.editedBody(),
                r.editedSuggestions(),
                r.editedByName(),
                r.editedAt(),
                r.signedOffByName(),
                r.signedOffAt());
        return new ReportDetail(
                r.id(),
                r.committeeId(),
                r.year(),
                r.serialNumber(),
                r.state(),
                r.title(),
                r.facts(),
                r.analysis(),
                r.suggestions(),
                r.category(),
                r.submitterType(),
                r.partyOrganisationId(),
                r.specialCommitteeId(),
                r.unitName(),
                r.authorNames(),
                persons,
                edit,
                r.filedReason(),
                r.originType(),
                r.originId(),
                r.originCommitteeId(),
                r.originCommitteeName(),
                length,
                length > settings.lengthWarning(),
                List.copyOf(OpinionAction.legalMoves(r.state()).keySet()),
                extras.attachments(id),
                extras.history(id),
                levels(report),
                r.submittedAt(),
                r.version());
    }

    /** The report's status at every level it reached. */
    public List<LevelStatus> levels(long id) {
        return levels(access.visible(id));
    }

    /** The signed-in user's own reports (created by them or naming them), each with its levels and their points. */
    public PageSlice<ReportProgress> mine(Integer year, Paging paging) {
        ReportFilter filter =
                new ReportFilter(null, year, null, null, null, null, null, null, null, null, null, true, null);
        ReportScope scope = ReportScope.current();
        return search.find(scope, filter, paging)
                .map(summary -> new ReportProgress(
                        summary, levels(access.visible(summary.id(), scope)), myPoints(summary.id())));
    }

    private List<LevelStatus> levels(OpinionReport report) {
        CommitteeView here = organisation.committee(report.committeeId()).orElseThrow();
        return LevelStatuses.of(
                report,
                new LevelRef(here.id(), here.name(), here.level()),
                outcomes.forReport(report.id()),
                upwards.forReport(report.id()));
    }

    private BigDecimal myPoints(long reportId) {
        Actor actor = Actor.required();
        return jdbc.sql("""
                select coalesce(sum(points), 0) from opinion_points_entry where report_id = ?
                  and ((beneficiary_type = 'MEMBER' and beneficiary_id = ?) or (beneficiary_type = 'USER'
                       and beneficiary_id = ?))""")
                .params(reportId, actor.memberId().orElse(-1L), actor.userId())
                .query(BigDecimal.class)
                .single();
    }
}
