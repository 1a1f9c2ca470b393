package org.xieshang.opinion.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.opinion.OpinionProblems;
import org.xieshang.opinion.PointsRuleView;
import org.xieshang.shared.StaleRecord;

/** The configurable points table: the defaults (no committee) overridden by a committee's own rows. */
@Repository
public class PointsTable {

    private final JdbcClient jdbc;

    PointsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, BigDecimal> rules(long committeeId) {
        Map<String, BigDecimal> rules = new LinkedHashMap<>();
        view(committeeId).forEach(r -> rules.put(r.code(), r.points()));
        return rules;
    }

    public List<PointsRuleView> view(long committeeId) {
        return jdbc.sql("""
                select distinct on (code) code, points, committee_id is not null as own, version
                from opinion_points_rule where committee_id is null or committee_id = ?
                order by code, committee_id nulls last""").param(committeeId).query(PointsRuleView.class).list();
    }

    /** Sets a committee's own value of a rule; {@code version} is that of the row shown (0 for a default). */
    public void set(long committeeId, String code, BigDecimal points, int version) {
        PointsRuleView current = view(committeeId).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> OpinionProblems.missing(OpinionProblems.RULE, code));
        if (!current.own()) {
            jdbc.sql("insert into opinion_points_rule (committee_id, code, points) values (?, ?, ?)")
                    .params(committeeId, code, points)
                    .update();
            return;
        }
        int rows = jdbc.sql("""
                update opinion_points_rule set points = ?, version = version + 1
                where committee_id = ? and code = ? and version = ?""").params(points, committeeId, code, version).update();
        if (rows == 0) {
            throw new StaleRecord("opinion-points-rule", code);
        }
    }
}
