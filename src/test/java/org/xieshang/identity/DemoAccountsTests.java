package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.support.DemoAccounts;
import org.xieshang.support.IntegrationTest;

/** Every demo account the README lists exists with its role and signs in with the README's password. */
@IntegrationTest
class DemoAccountsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoAccountSignsIn() throws Exception {
        for (String username : DemoAccounts.ALL) {
            mvc.perform(formLogin().user(username).password("Xieshang@2022")).andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void everyRoleHasADemoAccountLinkedToWhatItActsFor() {
        List<String> roles = jdbc.sql("select distinct r.role from user_role r join app_user u on u.id = r.user_id"
                        + " where u.username = any(?)")
                .param(DemoAccounts.ALL.toArray(String[]::new))
                .query(String.class)
                .list();
        assertThat(roles)
                .containsExactlyInAnyOrder(
                        java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new));
        assertThat(jdbc.sql("select count(*) from app_user where username in ('member', 'member2')"
                                + " and member_id is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from app_user where username in ('unit', 'unit2')"
                                + " and handling_unit_id is not null")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
