package org.xieshang.organisation;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;

/** Signed-in users for the organisation tests, with the permissions their role has in the database. */
public final class OrganisationTestUsers {

    private OrganisationTestUsers() {}

    public static long committee(JdbcClient jdbc, String shortName) {
        return jdbc.sql("select id from committee where short_name = ?")
                .param(shortName)
                .query(Long.class)
                .single();
    }

    /** The page layout reads the user's display preferences, so a signed-in test user needs an account row. */
    private static long account(JdbcClient jdbc, String username, long committeeId) {
        return jdbc.sql("""
                insert into app_user (committee_id, username, password_hash, display_name) values (?, ?, '', ?)
                on conflict (username) do update set display_name = excluded.display_name returning id""")
                .params(committeeId, username, username)
                .query(Long.class)
                .single();
    }

    /** A user of the committee, seeing it and every committee below it. */
    public static XieshangUser user(JdbcClient jdbc, String committee, Role role) {
        long id = committee(jdbc, committee);
        Set<Long> visible = Set.copyOf(jdbc.sql("""
                with recursive tree(id) as (
                    select id from committee where id = ?
                    union all
                    select c.id from committee c join tree t on c.parent_id = t.id)
                select id from tree""").param(id).query(Long.class).list());
        Set<String> permissions = Set.copyOf(jdbc.sql("select permission from role_permission where role = ?")
                .param(role.name())
                .query(String.class)
                .list());
        String username = "org-test-" + role.name().toLowerCase() + "-" + id;
        return new XieshangUser(
                account(jdbc, username, id),
                username,
                "",
                role.name(),
                id,
                visible,
                null,
                null,
                EnumSet.of(role),
                permissions,
                true,
                false);
    }
}
