package org.xieshang.proposal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The office answers a contested assignment on its page: a reason is required, then the unit is replaced. */
@IntegrationTest
class AssignmentRequestsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aContestedAssignmentIsReassignedWithAReason() throws Exception {
        long luzhou = jdbc.sql("select id from committee where name = '政协泸州市委员会'")
                .query(Long.class)
                .single();
        record Pending(long id, long unitId) {}
        Pending pending = jdbc.sql(
                        "select id, unit_id from proposal_assignment where committee_id = ? and status = 'PENDING'"
                                + " order by id limit 1")
                .param(luzhou)
                .query(Pending.class)
                .single();
        // the demo's waiting assignments date from 2022; give this one a window that is still open today
        jdbc.sql("update proposal_assignment set contest_until = current_date + 5 where id = ?")
                .param(pending.id())
                .update();
        XieshangUser unit = fixtures.user(luzhou, null, pending.unitId(), Role.HANDLING_UNIT);
        XieshangUser staff = fixtures.user(luzhou, Role.STAFF);
        mvc.perform(post("/api/v1/proposals/assignments/" + pending.id() + "/contest")
                        .with(user(unit))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"不属于本单位职责\"}"))
                .andExpect(status().is2xxSuccessful());

        mvc.perform(get("/proposals/assignment/requests").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString(
                                "/proposals/assignment/requests/" + pending.id() + "/reassign")));
        mvc.perform(get("/proposals/assignment/requests").with(user(fixtures.user(luzhou, Role.MEMBER))))
                .andExpect(status().isForbidden());

        long otherUnit = jdbc.sql("select id from handling_unit where committee_id = ? and id <> ? order by id limit 1")
                .params(luzhou, pending.unitId())
                .query(Long.class)
                .single();
        mvc.perform(post("/proposals/assignment/requests/" + pending.id() + "/reassign")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", String.valueOf(otherUnit)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请填写理由。")));
        assertThat(assignmentStatus(pending.id())).isEqualTo("CONTESTED");

        mvc.perform(post("/proposals/assignment/requests/" + pending.id() + "/reassign")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", String.valueOf(otherUnit))
                        .param("reason", "职责调整，改由该单位承办"))
                .andExpect(status().is3xxRedirection());
        assertThat(assignmentStatus(pending.id())).isNotEqualTo("CONTESTED");
    }

    private String assignmentStatus(long assignmentId) {
        return jdbc.sql("select status from proposal_assignment where id = ?")
                .param(assignmentId)
                .query(String.class)
                .single();
    }
}
