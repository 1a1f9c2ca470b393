package org.xieshang.member.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.StaleRecord;

/** Storage of members and the terms they serve. */
@Repository
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Member> byId(long id) {
        return jdbc.sql("select * from member where id = ?")
                .param(id)
                .query(Member.class)
                .optional();
    }

    long insert(long committeeId, MemberProfile p) {
        long id = jdbc.sql("""
                insert into member (committee_id, name, sex, ethnicity, birth_date, political_affiliation,
                                    party_organisation_id, sector_id, special_committee_id, standing_committee,
                                    employer, post, mobile, email, address, expertise)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, p.name(), p.sex().name(), p.ethnicity(), p.birthDate(), p.politicalAffiliation())
                .params(p.partyOrganisationId(), p.sectorId(), p.specialCommitteeId(), p.standingCommittee())
                .params(p.employer(), p.post(), p.mobile(), p.email(), p.address(), p.expertise())
                .query(Long.class)
                .single();
        replaceTerms(id, p.termIds());
        return id;
    }

    void update(long id, int version, MemberProfile p) {
        int updated = jdbc.sql("""
                update member set name = ?, sex = ?, ethnicity = ?, birth_date = ?, political_affiliation = ?,
                       party_organisation_id = ?, sector_id = ?, special_committee_id = ?, standing_committee = ?,
                       employer = ?, post = ?, mobile = ?, email = ?, address = ?, expertise = ?,
                       updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(p.name(), p.sex().name(), p.ethnicity(), p.birthDate(), p.politicalAffiliation())
                .params(p.partyOrganisationId(), p.sectorId(), p.specialCommitteeId(), p.standingCommittee())
                .params(p.employer(), p.post(), p.mobile(), p.email(), p.address(), p.expertise())
                .params(id, version)
                .update();
        if (updated == 0) {
            throw new StaleRecord("member", id);
        }
        replaceTerms(id, p.termIds());
    }

    void setActive(long id, int version, boolean active) {
        int updated = jdbc.sql("update member set active = ?, updated_at = now(), version = version + 1"
                        + " where id = ? and version = ?")
                .params(active, id, version)
                .update();
        if (updated == 0) {
            throw new StaleRecord("member", id);
        }
    }

    public List<Long> termIds(long memberId) {
        return jdbc.sql("select term_id from member_term where member_id = ? order by term_id")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    /** The terms of several members at once (a page of the API list). */
    public Map<Long, List<Long>> termIds(Collection<Long> memberIds) {
        Map<Long, List<Long>> terms = new HashMap<>();
        jdbc.sql("select member_id, term_id from member_term where member_id = any(?) order by term_id")
                .param(memberIds.toArray(Long[]::new))
                .query((rs, n) -> terms.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return terms;
    }

    private void replaceTerms(long memberId, Collection<Long> termIds) {
        jdbc.sql("delete from member_term where member_id = ?").param(memberId).update();
        jdbc.sql("insert into member_term (member_id, term_id) select ?, unnest(?::bigint[])")
                .params(memberId, termIds.toArray(Long[]::new))
                .update();
    }

    /** Whether another member of the committee already has this mobile number. */
    boolean mobileTaken(long committeeId, String mobile, Long exceptMemberId) {
        return jdbc.sql("select exists (select 1 from member where committee_id = ? and mobile = ? and id <> ?)")
                .params(committeeId, mobile, exceptMemberId == null ? -1L : exceptMemberId)
                .query(Boolean.class)
                .single();
    }

    Set<String> mobiles(long committeeId) {
        return new HashSet<>(jdbc.sql("select mobile from member where committee_id = ? and mobile is not null")
                .param(committeeId)
                .query(String.class)
                .list());
    }

    public PageSlice<Member> find(MemberQuery query, Paging paging) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        long total = jdbc.sql("select count(*) from member where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(paging.size());
        params.add(paging.offset());
        List<Member> items = jdbc.sql("select * from member where " + where + " order by committee_id, sector_id, id"
                        + " limit ? offset ?")
                .params(params)
                .query(Member.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }

    /** Every match, in roster order, up to {@code limit} (exports). */
    public List<Member> findAll(MemberQuery query, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        return jdbc.sql("select * from member where " + where + " order by committee_id, sector_id, id limit ?")
                .params(params)
                .query(Member.class)
                .list();
    }

    private static String where(MemberQuery q, List<Object> params) {
        StringBuilder where = new StringBuilder("committee_id = any(?)");
        params.add(q.committeeIds().toArray(Long[]::new));
        if (q.text() != null) {
            where.append(" and (name ilike ? escape '\\' or employer ilike ? escape '\\')");
            String pattern = "%" + likeEscaped(q.text()) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        equal(where, params, "sector_id", q.sectorId());
        equal(where, params, "special_committee_id", q.specialCommitteeId());
        equal(where, params, "party_organisation_id", q.partyOrganisationId());
        equal(where, params, "standing_committee", q.standingCommittee());
        equal(where, params, "active", q.active());
        return where.toString();
    }

    private static void equal(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
