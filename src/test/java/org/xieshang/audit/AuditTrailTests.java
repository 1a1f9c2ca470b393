package org.xieshang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        long committee = fixtures.committee();
        fixtures.user(committee, Role.MEMBER); // creating a user is audited
        assertThatThrownBy(
                        () -> jdbc.sql("update audit_entry set summary = 'x'").update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("cannot be changed");
    }

    @Test
    void aDeniedRequestIsAuditedWithWhoAndWhere() throws Exception {
        XieshangUser member = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(get("/api/v1/audit").with(user(member)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        var entry = jdbc.sql("select actor_name, remote_address, summary from audit_entry"
                        + " where actor_id = ? and action = 'ACCESS_DENIED'")
                .param(member.userId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(entry[0]).isEqualTo(member.username());
        assertThat(entry[1]).isEqualTo("127.0.0.1");
        assertThat(entry[2]).isEqualTo("GET /api/v1/audit");
    }

    @Test
    void anAdministratorReadsTheTrailOfTheirCommitteeOnly() throws Exception {
        long committee = fixtures.committee();
        XieshangUser admin = fixtures.user(committee, Role.ADMIN);
        XieshangUser created = fixtures.user(committee, Role.MEMBER);
        XieshangUser elsewhere = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(get("/api/v1/audit").param("targetType", "user").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.summary == '创建用户 " + created.username() + "')]")
                        .exists());
        mvc.perform(get("/api/v1/audit").param("targetType", "user").with(user(elsewhere)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.summary == '创建用户 " + created.username() + "')]")
                        .doesNotExist());
    }

    @Test
    void exportingTheTrailIsItselfAudited() throws Exception {
        XieshangUser admin = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(get("/admin/audit/export").with(user(admin))).andExpect(status().isOk());
        long exports = jdbc.sql("select count(*) from audit_entry where actor_id = ? and action = 'EXPORT'")
                .param(admin.userId())
                .query(Long.class)
                .single();
        assertThat(exports).isEqualTo(1);
    }
}
