package org.xieshang.identity.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xieshang.identity.Role;
import org.xieshang.shared.PageSlice;
import org.xieshang.shared.Paging;
import org.xieshang.shared.StaleRecord;

/** Storage of user accounts, their roles, and the grants of each role. */
@Repository
public class UserAccounts {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query(UserAccount.class)
                .optional();
    }

    public Optional<UserAccount> byId(long id) {
        return jdbc.sql("select * from app_user where id = ?")
                .param(id)
                .query(UserAccount.class)
                .optional();
    }

    public Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = ?")
                .param(userId)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    public Set<String> permissions(Collection<Role> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(jdbc.sql("select distinct permission from role_permission where role = any(?)")
                .param(roles.stream().map(Role::name).toArray(String[]::new))
                .query(String.class)
                .list());
    }

    public long insert(NewAccount account, String passwordHash) {
        long id = jdbc.sql("""
                insert into app_user (committee_id, username, password_hash, display_name, member_id,
                                      handling_unit_id, staff_post, spans_subtree)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        account.committeeId(),
                        account.username(),
                        passwordHash,
                        account.displayName(),
                        account.memberId(),
                        account.handlingUnitId(),
                        account.staffPost(),
                        account.spansSubtree())
                .query(Long.class)
                .single();
        replaceRoles(id, account.roles());
        return id;
    }

    public void update(long id, int version, AccountChanges changes) {
        int updated = jdbc.sql("""
                update app_user set display_name = ?, member_id = ?, handling_unit_id = ?, staff_post = ?,
                       spans_subtree = ?, enabled = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(
                        changes.displayName(),
                        changes.memberId(),
                        changes.handlingUnitId(),
                        changes.staffPost(),
                        changes.spansSubtree(),
                        changes.enabled(),
                        id,
                        version)
                .update();
        if (updated == 0) {
            throw new StaleRecord("user", id);
        }
        replaceRoles(id, changes.roles());
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                    .params(userId, role.name())
                    .update();
        }
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(passwordHash, id)
                .update();
    }

    /** Counts a failed sign-in; returns the number of failures in a row, after this one. */
    public int recordFailure(long id) {
        return jdbc.sql(
                        "update app_user set failed_attempts = failed_attempts + 1 where id = ? returning failed_attempts")
                .param(id)
                .query(Integer.class)
                .single();
    }

    public void lockUntil(long id, Instant until) {
        jdbc.sql("update app_user set locked_until = ?, failed_attempts = 0 where id = ?")
                .params(OffsetDateTime.ofInstant(until, ZoneOffset.UTC), id)
                .update();
    }

    public void recordSuccess(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = now() where id = ?")
                .param(id)
                .update();
    }

    public void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where id = ?")
                .param(id)
                .update();
    }

    public void setLargeFont(long id, boolean on) {
        jdbc.sql("update app_user set large_font = ? where id = ?")
                .params(on, id)
                .update();
    }

    public void setScript(long id, String script) {
        jdbc.sql("update app_user set script = ? where id = ?")
                .params(script, id)
                .update();
    }

    public PageSlice<UserAccount> find(Collection<Long> committeeIds, String query, Role role, Paging paging) {
        StringBuilder where = new StringBuilder("committee_id = any(?)");
        List<Object> params = new ArrayList<>();
        params.add(committeeIds.toArray(Long[]::new));
        if (query != null && !query.isBlank()) {
            where.append(" and (username ilike ? or display_name ilike ?)");
            params.add("%" + query.strip() + "%");
            params.add("%" + query.strip() + "%");
        }
        if (role != null) {
            where.append(" and exists (select 1 from user_role r where r.user_id = app_user.id and r.role = ?)");
            params.add(role.name());
        }
        long total = jdbc.sql("select count(*) from app_user where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<UserAccount> items = jdbc.sql("select * from app_user where " + where + " order by id limit ? offset ?")
                .params(pageParams)
                .query(UserAccount.class)
                .list();
        return new PageSlice<>(items, paging.page(), paging.size(), total);
    }
}
