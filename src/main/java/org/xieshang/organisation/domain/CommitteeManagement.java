package org.xieshang.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.domain.CommitteeTree.CommitteeNameTaken;
import org.xieshang.shared.Actor;
import org.xieshang.shared.RecordNotFound;
import org.xieshang.shared.StaleRecord;

/** Reading and maintaining the committee tree, within the signed-in user's data scope. */
@Service
@Transactional
public class CommitteeManagement {

    private final JdbcClient jdbc;
    private final OrganisationAudit audit;

    CommitteeManagement(JdbcClient jdbc, OrganisationAudit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The committees the user may see, top-down. */
    @Transactional(readOnly = true)
    public List<Committee> visible() {
        return jdbc.sql("select * from committee where id = any(?) order by level_rank(level), sort_order, id")
                .param(Scope.visible().toArray(Long[]::new))
                .query(Committee.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Committee get(long id) {
        Scope.requireVisible(id);
        return jdbc.sql("select * from committee where id = ?")
                .param(id)
                .query(Committee.class)
                .optional()
                .orElseThrow(() -> new RecordNotFound("committee", id));
    }

    /** The committee asked for, or the user's own when none is. */
    @Transactional(readOnly = true)
    public Committee chosen(Long id) {
        return get(id == null ? Actor.required().committeeId() : id);
    }

    /** The committee above, when the user may see it. */
    @Transactional(readOnly = true)
    public Optional<Committee> parent(Committee committee) {
        Long parentId = committee.parentId();
        return parentId == null || !Scope.visible().contains(parentId) ? Optional.empty() : Optional.of(get(parentId));
    }

    /** The committees directly below, those the user may see, in order. */
    @Transactional(readOnly = true)
    public List<Committee> children(long id) {
        Scope.requireVisible(id);
        return jdbc.sql("select * from committee where parent_id = ? and id = any(?) order by sort_order, id")
                .params(id, Scope.visible().toArray(Long[]::new))
                .query(Committee.class)
                .list();
    }

    @Transactional(readOnly = true)
    public CommitteeFigures figures(long id) {
        Scope.requireVisible(id);
        return jdbc.sql("""
                select (select count(*) from sector where committee_id = :id) as sectors,
                       (select count(*) from special_committee where committee_id = :id) as special_committees,
                       (select count(*) from party_organisation where committee_id = :id) as party_organisations,
                       (select count(*) from handling_unit where committee_id = :id) as handling_units,
                       (select count(*) from handling_unit where committee_id = :id and active)
                           as active_handling_units,
                       (select count(*) from division where committee_id = :id) as divisions,
                       (select count(*) from committee where parent_id = :id) as children""").param("id", id).query(CommitteeFigures.class).single();
    }

    /** Creates a committee directly under {@code parentId}, which must be one level above and within scope. */
    public long create(long parentId, CommitteeLevel level, CommitteeDetails details) {
        Committee parent = get(parentId);
        CommitteeTree.checkParent(parent.level(), level);
        long id = Unique.or(
                () -> jdbc.sql("""
                        insert into committee (parent_id, name, short_name, level, region, direct_reporting_point,
                                               sort_order)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                        .params(
                                parentId,
                                details.name(),
                                details.shortName(),
                                level.name(),
                                details.region(),
                                details.directReportingPoint(),
                                details.sortOrder())
                        .query(Long.class)
                        .single(),
                () -> new CommitteeNameTaken(details.name()));
        audit.record(AuditAction.CREATE, "committee", id, details.name(), null, details);
        return id;
    }

    public void update(long id, int version, CommitteeDetails details) {
        Committee before = get(id);
        int updated = Unique.or(
                () -> jdbc.sql("""
                        update committee set name = ?, short_name = ?, region = ?, direct_reporting_point = ?,
                               sort_order = ?, version = version + 1
                        where id = ? and version = ?""")
                        .params(
                                details.name(),
                                details.shortName(),
                                details.region(),
                                details.directReportingPoint(),
                                details.sortOrder(),
                                id,
                                version)
                        .update(),
                () -> new CommitteeNameTaken(details.name()));
        if (updated == 0) {
            throw new StaleRecord("committee", id);
        }
        audit.record(AuditAction.UPDATE, "committee", id, details.name(), before.details(), details);
    }
}
