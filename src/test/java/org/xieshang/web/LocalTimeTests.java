package org.xieshang.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** Pages show times as the committee's clock reads them, though the database driver hands them over in UTC. */
@IntegrationTest
class LocalTimeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTimeStoredAt0130UtcReadsAs0930InLuzhou() throws Exception {
        long committee = fixtures.committee();
        jdbc.sql("insert into audit_entry (committee_id, occurred_at, action, summary)"
                        + " values (?, '2022-03-01 01:30:00+00', 'UPDATE', 'local-time-check')")
                .param(committee)
                .update();
        mvc.perform(get("/admin/audit").with(user(fixtures.user(committee, Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("local-time-check")))
                .andExpect(content().string(Matchers.containsString("2022-03-01 09:30:00")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("2022-03-01 01:30:00"))));
    }
}
