package org.xieshang.proposal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.ProposalAssignment;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The office answers a contested assignment on its page: a reason is required, then the unit is replaced. */
@IntegrationTest
class AssignmentRequestsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalAssignment assignment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void aContestedAssignmentIsReassignedWithAReason() throws Exception {
        ProposalTestKit.World w = kit.world(1, 2);
        long id = kit.filed(w, "contested");
        long contested = kit.assigned(
                        w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        kit.as(w.units().get(0), () -> assignment.contest(contested, "不属于本单位职责"));
        // pages read the user's display preferences, so they need real accounts
        XieshangUser staff = fixtures.user(w.committeeId(), Role.STAFF);

        mvc.perform(get("/proposals/assignment/requests").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("/proposals/assignment/requests/" + contested + "/reassign")));
        mvc.perform(get("/proposals/assignment/requests").with(user(fixtures.user(w.committeeId(), Role.MEMBER))))
                .andExpect(status().isForbidden());

        String otherUnit = String.valueOf(w.unitIds().get(1));
        mvc.perform(post("/proposals/assignment/requests/" + contested + "/reassign")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", otherUnit))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请填写理由。")));
        assertThat(assignmentStatus(contested)).isEqualTo("CONTESTED");

        mvc.perform(post("/proposals/assignment/requests/" + contested + "/reassign")
                        .with(user(staff))
                        .with(csrf())
                        .param("unitId", otherUnit)
                        .param("reason", "职责调整，改由该单位承办"))
                .andExpect(status().is3xxRedirection());
        assertThat(assignmentStatus(contested)).isNotEqualTo("CONTESTED");
        assertThat(jdbc.sql("select count(*) from proposal_assignment where proposal_id = ? and unit_id = ?")
                        .params(id, w.unitIds().get(1))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String assignmentStatus(long assignmentId) {
        return jdbc.sql("select status from proposal_assignment where id = ?")
                .param(assignmentId)
                .query(String.class)
                .single();
    }
}
