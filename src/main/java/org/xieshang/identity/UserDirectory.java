package org.xieshang.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who the users behind a member, a handling unit or a permission are, so other modules can address notices to people
 * without reading the identity tables. Only enabled accounts count: a disabled user receives nothing.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts linked to a member (normally one). */
    public List<Long> usersOfMember(long memberId) {
        return jdbc.sql("select id from app_user where member_id = ? and enabled order by id")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    /** The accounts of a handling unit. */
    public List<Long> usersOfUnit(long unitId) {
        return jdbc.sql("select id from app_user where handling_unit_id = ? and enabled order by id")
                .param(unitId)
                .query(Long.class)
                .list();
    }

    /** The committee's accounts holding a permission through one of their roles. */
    public List<Long> usersWithPermission(long committeeId, String permission) {
        return jdbc.sql("""
                select distinct u.id from app_user u
                  join user_role r on r.user_id = u.id
                  join role_permission p on p.role = r.role
                 where u.committee_id = ? and p.permission = ? and u.enabled
                 order by u.id""").params(committeeId, permission).query(Long.class).list();
    }
}
