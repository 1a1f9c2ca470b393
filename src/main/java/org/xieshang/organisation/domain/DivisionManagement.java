package org.xieshang.organisation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;
import org.xieshang.organisation.domain.DivisionRules.CodeTaken;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.StaleRecord;

/** The administrative-division tree of a committee: reading it level by level, searching it, maintaining it. */
@Service
@Transactional
public class DivisionManagement {

    private final JdbcClient jdbc;
    private final OrganisationAudit audit;

    DivisionManagement(JdbcClient jdbc, OrganisationAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The divisions directly under {@code parentId} (the top level when null), with their counts, by code. */
    @Transactional(readOnly = true)
    public List<DivisionNode> children(long committeeId, Long parentId) {
        Scope.requireVisible(committeeId);
        if (parentId != null && get(parentId).committeeId() != committeeId) {
            throw new RecordNotFound("division", parentId);
        }
        return jdbc.sql("""
                select d.*,
                       (select count(*) from division c where c.committee_id = d.committee_id and c.parent_id = d.id)
                           as child_count,
                       (select count(*) from division c join division g
                               on g.committee_id = c.committee_id and g.parent_id = c.id
                        where c.committee_id = d.committee_id and c.parent_id = d.id) as grandchild_count
                from division d
                where d.committee_id = ? and d.parent_id is not distinct from ?
                order by d.code""")
                .params(committeeId, parentId)
                .query((rs, n) ->
                        new DivisionNode(division(rs), rs.getLong("child_count"), rs.getLong("grandchild_count")))
                .list();
    }

    @Transactional(readOnly = true)
    public Division get(long id) {
        Division division = jdbc.sql("select * from division where id = ?")
                .param(id)
                .query(Division.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound("division", id));
        Scope.requireVisible(division.committeeId());
        return division;
    }

    /** The division and those above it, top first (for breadcrumbs). */
    @Transactional(readOnly = true)
    public List<Division> path(long id) {
        List<Division> path = new ArrayList<>();
        for (Division d = get(id); d != null; d = d.parentId() == null ? null : get(d.parentId())) {
            path.add(d);
        }
        Collections.reverse(path);
        return path;
    }

    /** Divisions whose name or code contains {@code query}, optionally of one level, by code. */
    @Transactional(readOnly = true)
    public PageSlice<Division> find(long committeeId, String query, DivisionLevel level, Paging paging) {
        Scope.requireVisible(committeeId);
        String pattern = query == null || query.isBlank() ? "%" : "%" + query.strip() + "%";
        String levelName = level == null ? null : level.name();
        String where = " where committee_id = ? and (name ilike ? or code ilike ?) and (?::text is null or level = ?)";
        long total = jdbc.sql("select count(*) from division" + where)
                .params(committeeId, pattern, pattern, levelName, levelName)
                .query(Long.class)
                .single();
        List<Division> items = jdbc.sql("select * from division" + where + " order by code limit ? offset ?")
                .params(committeeId, pattern, pattern, levelName, levelName, paging.size(), paging.offset())
                .query(Division.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Streams the whole tree in code order (parents before children) for an export, and audits the export. */
    public void export(long committeeId, Consumer<Division> rows) {
        Scope.requireVisible(committeeId);
        try (var divisions = jdbc
                .sql("select * from division where committee_id = ? order by code")
                .param(committeeId)
                .query(Division.class)
                .stream()) {
            divisions.forEach(rows);
        }
        audit.record(AuditAction.EXPORT, "division", null, "", null, Map.of("committeeId", committeeId));
    }

    private static Division division(ResultSet rs) throws SQLException {
        return new Division(
                rs.getLong("id"),
                rs.getLong("committee_id"),
                rs.getObject("parent_id", Long.class),
                rs.getString("code"),
                rs.getString("name"),
                DivisionLevel.valueOf(rs.getString("level")),
                DivisionKind.valueOf(rs.getString("kind")),
                rs.getInt("version"));
    }

    public long create(long committeeId, Long parentId, DivisionDetails details) {
        Scope.requireVisible(committeeId);
        DivisionLevel parentLevel = null;
        if (parentId != null) {
            Division parent = get(parentId);
            if (parent.committeeId() != committeeId) {
                throw new RecordNotFound("division", parentId);
            }
            parentLevel = parent.level();
        }
        DivisionRules.checkPlace(parentLevel, details.kind());
        long id = Unique.or(
                () -> jdbc.sql("""
                        insert into division (committee_id, parent_id, code, name, level, kind)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                        .params(
                                committeeId,
                                parentId,
                                details.code().strip(),
                                details.name().strip(),
                                details.kind().level().name(),
                                details.kind().name())
                        .query(Long.class)
                        .single(),
                () -> new CodeTaken(details.code()));
        audit.record(AuditAction.CREATE, "division", id, details.name(), null, details);
        return id;
    }

    public void update(long id, int version, DivisionDetails details) {
        Division before = get(id);
        DivisionRules.checkKindChange(before.level(), details.kind());
        int updated = Unique.or(
                () -> jdbc.sql("update division set code = ?, name = ?, kind = ?, version = version + 1"
                                + " where id = ? and version = ?")
                        .params(
                                details.code().strip(),
                                details.name().strip(),
                                details.kind().name(),
                                id,
                                version)
                        .update(),
                () -> new CodeTaken(details.code()));
        if (updated == 0) {
            throw new StaleRecord("division", id);
        }
        audit.record(AuditAction.UPDATE, "division", id, details.name(), before.details(), details);
    }
}
