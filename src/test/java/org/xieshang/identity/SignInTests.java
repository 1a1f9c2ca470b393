package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRightPasswordSignsInAndIsAudited() throws Exception {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount(user.username(), "LOGIN_SUCCESS")).isEqualTo(1);
    }

    @Test
    void theSessionIsKeptInTheDatabaseAndExpiresAfterThirtyIdleMinutes() throws Exception {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        Integer idle = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(user.username())
                .query(Integer.class)
                .single();
        assertThat(idle).isEqualTo(30 * 60);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user.username()).password("wrong-password-1"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin().user(user.username()).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
        // now even the right password is refused
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        var lockedUntil = jdbc.sql("select extract(epoch from locked_until - now()) from app_user where id = ?")
                .param(user.userId())
                .query(Double.class)
                .single();
        assertThat(lockedUntil).isBetween(14 * 60.0, 15 * 60.0);
        assertThat(auditCount(user.username(), "LOGIN_FAILURE")).isEqualTo(6);
    }

    @Test
    void aLockExpiresAfterItsTime() throws Exception {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.MEMBER);
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where id = ?")
                .param(user.userId())
                .update();
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        XieshangUser user = fixtures.user(fixtures.committee(), Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user.username()).password("wrong-password-1"));
        }
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(user.username()).password("wrong-password-1"));
        mvc.perform(formLogin().user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownUserIsToldTheSameAsAWrongPassword() throws Exception {
        mvc.perform(formLogin().user("nobody-here").password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    private long auditCount(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where actor_name = ? and action = ?")
                .params(username, action)
                .query(Long.class)
                .single();
    }
}
