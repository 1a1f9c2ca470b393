package org.xieshang.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation for other modules. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final JdbcClient jdbc;

    OrganisationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CommitteeView> committee(long id) {
        return jdbc.sql("select * from committee where id = ?")
                .param(id)
                .query(CommitteeView.class)
                .optional();
    }

    public Optional<CommitteeView> committeeByName(String name) {
        return jdbc.sql("select * from committee where name = ?")
                .param(name)
                .query(CommitteeView.class)
                .optional();
    }

    public List<CommitteeView> committees() {
        return jdbc.sql("select * from committee order by level_rank(level), sort_order, id")
                .query(CommitteeView.class)
                .list();
    }

    /** The committee and every committee below it. */
    public Set<Long> committeeAndDescendants(long id) {
        return Set.copyOf(jdbc.sql("""
                with recursive tree(id) as (
                    select id from committee where id = ?
                    union all
                    select c.id from committee c join tree t on c.parent_id = t.id)
                select id from tree""").param(id).query(Long.class).list());
    }

    public List<CommitteeView> children(long parentId) {
        return jdbc.sql("select * from committee where parent_id = ? order by sort_order, id")
                .param(parentId)
                .query(CommitteeView.class)
                .list();
    }

    public List<NamedRef> sectors(long committeeId) {
        return refs("sector", committeeId);
    }

    public List<NamedRef> specialCommittees(long committeeId) {
        return refs("special_committee", committeeId);
    }

    public List<NamedRef> partyOrganisations(long committeeId) {
        return refs("party_organisation", committeeId);
    }

    public List<NamedRef> partyOrganisations(long committeeId, PartyKind kind) {
        return jdbc.sql("select id, committee_id, name from party_organisation where committee_id = ? and kind = ?"
                        + " order by sort_order, id")
                .params(committeeId, kind.name())
                .query(NamedRef.class)
                .list();
    }

    public List<NamedRef> handlingUnits(long committeeId) {
        return jdbc.sql("select id, committee_id, name from handling_unit where committee_id = ? and active"
                        + " order by sort_order, id")
                .param(committeeId)
                .query(NamedRef.class)
                .list();
    }

    public Optional<NamedRef> handlingUnit(long id) {
        return jdbc.sql("select id, committee_id, name from handling_unit where id = ?")
                .param(id)
                .query(NamedRef.class)
                .optional();
    }

    public List<MeetingView> meetings(long committeeId) {
        return jdbc.sql("""
                select m.id, m.committee_id, m.term_id, t.number as term_number, m.number, m.opened_on, m.closed_on
                from meeting m join term t on t.id = m.term_id
                where m.committee_id = ? order by m.opened_on""").param(committeeId).query(MeetingView.class).list();
    }

    /** The committee's whole division tree, ordered by code. */
    public List<DivisionView> divisions(long committeeId) {
        return jdbc.sql("select * from division where committee_id = ? order by code")
                .param(committeeId)
                .query(DivisionView.class)
                .list();
    }

    public Optional<DivisionView> division(long id) {
        return jdbc.sql("select * from division where id = ?")
                .param(id)
                .query(DivisionView.class)
                .optional();
    }

    private List<NamedRef> refs(String table, long committeeId) {
        // table names come from this class only, never from input
        return jdbc.sql("select id, committee_id, name from " + table
                        + " where committee_id = ? order by sort_order, id")
                .param(committeeId)
                .query(NamedRef.class)
                .list();
    }
}
