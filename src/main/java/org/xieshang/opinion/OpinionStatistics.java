package org.xieshang.opinion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.opinion.OpinionFigures.Breakdown;
import org.xieshang.opinion.OpinionFigures.Figure;
import org.xieshang.opinion.OpinionFigures.LevelFigures;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.ReportScope;
import org.xieshang.opinion.domain.ReportSearch;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;

/**
 * The figures of a committee's public-opinion work in a year, every one counted from the records with the same filter
 * the report list uses, so each figure links to exactly the records behind it.
 */
@Service
@Transactional(readOnly = true)
public class OpinionStatistics {

    static final String REPORTS = "opinion-reports";
    static final String ISSUES = "opinion-issues";

    private final ReportSearch search;
    private final OpinionCatalogue catalogue;
    private final OrganisationDirectory organisation;
    private final OpinionTexts texts;
    private final JdbcClient jdbc;

    OpinionStatistics(
            ReportSearch search,
            OpinionCatalogue catalogue,
            OrganisationDirectory organisation,
            OpinionTexts texts,
            JdbcClient jdbc) {
        this.search = search;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.texts = texts;
        this.jdbc = jdbc;
    }

    /** The figures; a signed-in caller must see the committee, a system caller (no user) may read any. */
    public OpinionFigures figures(long committeeId, int year) {
        CommitteeView committee = committee(committeeId);
        ReportScope scope = new ReportScope(Set.of(committeeId), true, -1, null);
        ReportFilter base = ReportFilter.of(committeeId, year);
        Figure reportedUpward = figure(scope, "reportedUpward", base.withReportedUpward());
        Figure adoptedAbove = figure(scope, "adoptedAbove", base.withAdoptedAbove());
        List<Figure> instructions = new ArrayList<>();
        for (InstructionRank rank : InstructionRank.values()) {
            instructions.add(figure(scope, "instructions." + rank, base.withInstructionRank(rank)));
        }
        return new OpinionFigures(
                committeeId,
                committee.name(),
                year,
                figure(scope, "received", base),
                figure(scope, "accepted", base.withState(OpinionState.ACCEPTED)),
                figure(scope, "filed", base.withState(OpinionState.FILED)),
                issues(committeeId, year),
                reportedUpward,
                adoptedAbove,
                byLevel(scope, base, committee.level()),
                instructions,
                rate(adoptedAbove.value(), reportedUpward.value()),
                byCategory(scope, base),
                bySubmitterType(scope, base));
    }

    /** The figures as rows of (label, value) in Chinese, for a spreadsheet or a printed table. */
    public List<List<Object>> table(OpinionFigures f) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure figure : List.of(
                f.received(), f.accepted(), f.filed(), f.issuesPublished(), f.reportedUpward(), f.adoptedAbove())) {
            rows.add(List.of(texts.get("opinion.figure." + figure.key()), figure.value()));
        }
        for (LevelFigures level : f.adoptedByLevel()) {
            String levelName = texts.get("opinion.level." + level.level());
            rows.add(List.of(
                    texts.get("opinion.figure.adopted-at", levelName),
                    level.total().value()));
            for (Figure kind : level.byKind()) {
                String kindName = texts.get("opinion.adoption-kind."
                        + kind.key().substring(kind.key().lastIndexOf('.') + 1));
                rows.add(List.of(texts.get("opinion.figure.adopted-at-as", levelName, kindName), kind.value()));
            }
        }
        for (Figure figure : f.instructionsByRank()) {
            String rank = figure.key().substring(figure.key().indexOf('.') + 1);
            rows.add(List.of(
                    texts.get("opinion.figure.instructions", texts.get("opinion.instruction-rank." + rank)),
                    figure.value()));
        }
        rows.add(List.of(texts.get("opinion.figure.adoptionRate"), f.adoptionRate()));
        breakdown(rows, "opinion.figure.by-category", f.byCategory());
        breakdown(rows, "opinion.figure.by-submitter-type", f.bySubmitterType());
        return rows;
    }

    private void breakdown(List<List<Object>> rows, String key, List<Breakdown> breakdown) {
        for (Breakdown b : breakdown) {
            rows.add(List.of(
                    texts.get(key, b.name(), texts.get("opinion.figure.received")),
                    b.received().value()));
            rows.add(List.of(
                    texts.get(key, b.name(), texts.get("opinion.figure.accepted")),
                    b.accepted().value()));
            rows.add(List.of(
                    texts.get(key, b.name(), texts.get("opinion.figure.reportedUpward")),
                    b.reportedUpward().value()));
            rows.add(List.of(
                    texts.get(key, b.name(), texts.get("opinion.figure.adoptedAbove")),
                    b.adoptedAbove().value()));
        }
    }

    private List<LevelFigures> byLevel(ReportScope scope, ReportFilter base, CommitteeLevel own) {
        List<LevelFigures> levels = new ArrayList<>();
        for (CommitteeLevel level : CommitteeLevel.values()) {
            if (level.ordinal() > own.ordinal()) {
                break; // nothing below a committee adopts its reports
            }
            List<Figure> kinds = new ArrayList<>();
            for (AdoptionKind kind : AdoptionKind.values()) {
                kinds.add(figure(scope, "adopted." + level + "." + kind, base.withAdoption(level, kind)));
            }
            levels.add(
                    new LevelFigures(level, figure(scope, "adopted." + level, base.withAdoption(level, null)), kinds));
        }
        return levels;
    }

    private List<Breakdown> byCategory(ReportScope scope, ReportFilter base) {
        return catalogue.categories(base.committeeId()).stream()
                .map(c -> breakdown(scope, "category." + c.code(), c.code(), c.name(), base.withCategory(c.code())))
                .toList();
    }

    private List<Breakdown> bySubmitterType(ReportScope scope, ReportFilter base) {
        List<Breakdown> rows = new ArrayList<>();
        for (SubmitterType type : SubmitterType.values()) {
            rows.add(breakdown(
                    scope,
                    "submitterType." + type,
                    type.name(),
                    texts.get(type.messageKey()),
                    base.withSubmitterType(type)));
        }
        return rows;
    }

    private Breakdown breakdown(ReportScope scope, String key, String code, String name, ReportFilter filter) {
        return new Breakdown(
                code,
                name,
                figure(scope, key + ".received", filter),
                figure(scope, key + ".accepted", filter.withState(OpinionState.ACCEPTED)),
                figure(scope, key + ".reportedUpward", filter.withReportedUpward()),
                figure(scope, key + ".adoptedAbove", filter.withAdoptedAbove()));
    }

    private Figure figure(ReportScope scope, String key, ReportFilter filter) {
        return new Figure(
                key,
                search.count(scope, filter),
                REPORTS,
                filter.parameters(),
                "/api/v1/" + REPORTS + "?" + filter.queryString());
    }

    private Figure issues(long committeeId, int year) {
        long count = jdbc.sql("select count(*) from opinion_issue where committee_id = ? and year = ?"
                        + " and state = 'PUBLISHED'")
                .params(committeeId, year)
                .query(Long.class)
                .single();
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("committeeId", String.valueOf(committeeId));
        filter.put("year", String.valueOf(year));
        filter.put("state", IssueState.PUBLISHED.name());
        return new Figure(
                "issuesPublished",
                count,
                ISSUES,
                filter,
                "/api/v1/" + ISSUES + "?committeeId=" + committeeId + "&year=" + year + "&state=PUBLISHED");
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private CommitteeView committee(long committeeId) {
        boolean visible = Actor.current()
                .map(a -> a.visibleCommitteeIds().contains(committeeId))
                .orElse(true);
        return organisation
                .committee(committeeId)
                .filter(c -> visible)
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.COMMITTEE, committeeId));
    }
}
