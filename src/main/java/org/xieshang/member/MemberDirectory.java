package org.xieshang.member;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to members for other modules. It does not apply the signed-in user's data scope: the calling module
 * decides what its user may see. {@link #list} and {@link #count} cover active members only.
 */
@Service
@Transactional(readOnly = true)
public class MemberDirectory {

    private static final String COLUMNS =
            "id, committee_id, name, sector_id, party_organisation_id, special_committee_id, standing_committee";

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MemberSummary> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from member where id = ?")
                .param(id)
                .query(MemberSummary.class)
                .optional();
    }

    /** The member's e-mail address, if the roster has one (for notices by e-mail). */
    public Optional<String> email(long id) {
        return jdbc.sql("select email from member where id = ? and email is not null and email <> ''")
                .param(id)
                .query(String.class)
                .optional();
    }

    public List<MemberSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from member where id = any(?) order by id")
                .param(ids.toArray(Long[]::new))
                .query(MemberSummary.class)
                .list();
    }

    /** The first {@code limit} active members of a committee, in the order they were registered. */
    public List<MemberSummary> list(long committeeId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from member where committee_id = ? and active order by id limit ?")
                .params(committeeId, Math.max(0, limit))
                .query(MemberSummary.class)
                .list();
    }

    public long count(long committeeId) {
        return jdbc.sql("select count(*) from member where committee_id = ? and active")
                .param(committeeId)
                .query(Long.class)
                .single();
    }

    /** Active members of a committee who hold a Standing Committee seat. */
    public List<MemberSummary> standingCommittee(long committeeId) {
        return jdbc.sql("select " + COLUMNS + " from member where committee_id = ? and active and standing_committee"
                        + " order by id")
                .param(committeeId)
                .query(MemberSummary.class)
                .list();
    }
}
