package org.xieshang.opinion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.opinion.domain.OpinionTexts;
import org.xieshang.opinion.domain.PointsTable;
import org.xieshang.opinion.domain.Rankings;
import org.xieshang.opinion.domain.Rankings.Score;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.shared.Actor;
import org.xieshang.shared.InvalidInput;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;

/**
 * Points and rankings. Members and units are ranked from their committee's ledger; committees are ranked among their
 * siblings from the ledger of the committee above them, which credits each committee for what it sent up.
 */
@Service
@Transactional(readOnly = true)
public class OpinionPoints {

    private static final String ENTRY_COLUMNS = """
            e.id, e.committee_id, e.year, e.beneficiary_type, e.beneficiary_id, e.beneficiary_name, e.points,
            e.rule_code, e.report_id, coalesce(r.edited_title, r.title) as report_title, e.outcome_id,
            e.reverses_entry_id,
            exists (select 1 from opinion_points_entry c where c.reverses_entry_id = e.id) as revoked, e.recorded_at
            from opinion_points_entry e join opinion_report r on r.id = e.report_id""";

    private final JdbcClient jdbc;
    private final PointsTable table;
    private final OrganisationDirectory organisation;
    private final AuditTrail audit;
    private final OpinionTexts texts;

    OpinionPoints(
            JdbcClient jdbc,
            PointsTable table,
            OrganisationDirectory organisation,
            AuditTrail audit,
            OpinionTexts texts) {
        this.jdbc = jdbc;
        this.table = table;
        this.organisation = organisation;
        this.audit = audit;
        this.texts = texts;
    }

    public List<RankingRow> members(long committeeId, int year) {
        visible(committeeId);
        return Rankings.rank(scores(committeeId, year, List.of(BeneficiaryType.MEMBER)));
    }

    /** Parties, people's organisations and special committees of the committee. */
    public List<RankingRow> units(long committeeId, int year) {
        visible(committeeId);
        return Rankings.rank(
                scores(committeeId, year, List.of(BeneficiaryType.PARTY, BeneficiaryType.SPECIAL_COMMITTEE)));
    }

    /**
     * The committees directly below {@code parentId} (e.g. the municipal committees of a province), every one of them
     * listed, with the points the parent's ledger credits them. Readable by the parent and by each sibling.
     */
    public List<RankingRow> committees(long parentId, int year) {
        List<CommitteeView> children = organisation.children(parentId);
        Actor actor = Actor.required();
        boolean allowed = actor.visibleCommitteeIds().contains(parentId)
                || children.stream().anyMatch(c -> c.id() == actor.committeeId());
        if (!allowed) {
            throw OpinionProblems.missing(OpinionProblems.COMMITTEE, parentId);
        }
        Map<Long, BigDecimal> points = scores(parentId, year, List.of(BeneficiaryType.COMMITTEE)).stream()
                .collect(Collectors.toMap(Score::id, Score::points));
        List<Score> scores = new ArrayList<>();
        for (CommitteeView c : children) {
            scores.add(new Score(
                    BeneficiaryType.COMMITTEE,
                    c.id(),
                    c.name(),
                    points.getOrDefault(c.id(), BigDecimal.ZERO.setScale(2))));
        }
        return Rankings.rank(scores);
    }

    /** The ledger of a committee, newest first; filters optional. */
    public PageSlice<PointsEntryView> ledger(
            long committeeId, Integer year, BeneficiaryType type, Long beneficiaryId, Paging paging) {
        visible(committeeId);
        StringBuilder sql = new StringBuilder(" where e.committee_id = ?");
        List<Object> params = new ArrayList<>(List.of(committeeId));
        if (year != null) {
            sql.append(" and e.year = ?");
            params.add(year);
        }
        if (type != null) {
            sql.append(" and e.beneficiary_type = ?");
            params.add(type.name());
        }
        if (beneficiaryId != null) {
            sql.append(" and e.beneficiary_id = ?");
            params.add(beneficiaryId);
        }
        String where = sql.toString();
        long total = jdbc.sql("select count(*) from opinion_points_entry e" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<PointsEntryView> items = jdbc.sql(
                        "select " + ENTRY_COLUMNS + where + " order by e.recorded_at desc, e.id desc limit ? offset ?")
                .params(params)
                .query(PointsEntryView.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** The signed-in user's points in a year (as a member and as a user), with the entries behind them. */
    public MyPoints mine(int year) {
        Actor actor = Actor.required();
        List<PointsEntryView> entries = jdbc.sql("select " + ENTRY_COLUMNS + """
                 where e.committee_id = ? and e.year = ? and ((e.beneficiary_type = 'MEMBER' and e.beneficiary_id = ?)
                   or (e.beneficiary_type = 'USER' and e.beneficiary_id = ?))
                order by e.recorded_at desc, e.id desc""")
                .params(actor.committeeId(), year, actor.memberId().orElse(-1L), actor.userId())
                .query(PointsEntryView.class)
                .list();
        BigDecimal total = entries.stream().map(PointsEntryView::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MyPoints(year, total, entries);
    }

    public List<PointsRuleView> rules(long committeeId) {
        visible(committeeId);
        return table.view(committeeId);
    }

    /** Sets the signed-in user's committee's own value of a rule of the points table. */
    @Transactional
    public void setRule(String code, BigDecimal points, int version) {
        if (points == null || points.signum() < 0 || points.scale() > 2) {
            throw new InvalidInput("points", "opinion.points-range");
        }
        long committeeId = Actor.required().committeeId();
        Map<String, BigDecimal> before = table.rules(committeeId);
        table.set(committeeId, code, points, version);
        audit.record(
                AuditAction.UPDATE,
                "opinion-points-rule",
                code,
                texts.get("opinion.audit.rule-set", code),
                Map.of("points", before.getOrDefault(code, BigDecimal.ZERO)),
                Map.of("points", points));
    }

    private List<Score> scores(long committeeId, int year, List<BeneficiaryType> types) {
        return jdbc.sql("""
                select beneficiary_type as type, beneficiary_id as id, max(beneficiary_name) as name,
                       sum(points) as points
                from opinion_points_entry where committee_id = ? and year = ? and beneficiary_type = any(?)
                group by beneficiary_type, beneficiary_id""")
                .params(committeeId, year, types.stream().map(Enum::name).toArray(String[]::new))
                .query(Score.class)
                .list();
    }

    private void visible(long committeeId) {
        if (!Actor.required().visibleCommitteeIds().contains(committeeId)) {
            throw OpinionProblems.missing(OpinionProblems.COMMITTEE, committeeId);
        }
    }
}
