package org.xieshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.member.MemberFixtures.Org;
import org.xieshang.member.domain.MemberManagement;
import org.xieshang.member.domain.MemberProfile;
import org.xieshang.member.domain.Sex;
import org.xieshang.support.IntegrationTest;
import org.xieshang.support.SignedIn;

@IntegrationTest
@Transactional
class MemberDirectoryTests {

    @Autowired
    MemberDirectory directory;

    @Autowired
    MemberManagement management;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    Org org;
    XieshangUser staff;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MemberFixtures fixtures = new MemberFixtures(jdbc, users);
        org = fixtures.committee();
        staff = fixtures.staff(org.committeeId());
        for (int i = 0; i < 3; i++) {
            MemberProfile profile = new MemberProfile(
                    "名录委员" + i,
                    Sex.FEMALE,
                    "汉族",
                    null,
                    "群众",
                    null,
                    org.sectorA(),
                    org.specialCommitteeId(),
                    i == 0,
                    null,
                    null,
                    "1350000000" + i,
                    null,
                    null,
                    null,
                    Set.of(org.termId()));
            SignedIn.run(staff, () -> ids.add(management.register(org.committeeId(), profile)));
        }
    }

    @Test
    void otherModulesListActiveMembersInTheOrderTheyWereRegistered() {
        assertThat(directory.list(org.committeeId(), 2))
                .extracting(MemberSummary::id)
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(directory.count(org.committeeId())).isEqualTo(3);
        assertThat(directory.byId(ids.get(0)))
                .contains(new MemberSummary(
                        ids.get(0), org.committeeId(), "名录委员0", org.sectorA(), null, org.specialCommitteeId(), true));
        assertThat(directory.standingCommittee(org.committeeId()))
                .extracting(MemberSummary::id)
                .containsExactly(ids.get(0));
    }

    @Test
    void aDeactivatedMemberLeavesTheRosterAndTheDirectoryButIsKept() throws Exception {
        long id = ids.get(1);
        mvc.perform(post("/members/{id}/active", id)
                        .param("active", "false")
                        .param("version", "0")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "委员 名录委员1 已设为已退出。"));

        assertThat(directory.count(org.committeeId())).isEqualTo(2);
        assertThat(directory.byId(id)).isPresent();
        mvc.perform(get("/members").with(user(staff))).andExpect(content().string(not(containsString("名录委员1"))));
        mvc.perform(get("/members").param("status", "inactive").with(user(staff)))
                .andExpect(content().string(containsString("名录委员1")));
        assertThat(jdbc.sql(
                                "select summary from audit_entry where action = 'STATE_CHANGE' and target_type = 'member' and target_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("委员 名录委员1 设为已退出");
    }

    @Test
    void aMemberPageOfAnotherCommitteeReadsAsNotFound() throws Exception {
        XieshangUser stranger = new MemberFixtures(jdbc, users)
                .staff(new MemberFixtures(jdbc, users).committee().committeeId());
        mvc.perform(get("/members/{id}", ids.get(0)).with(user(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不存在，或您无权查看")));
    }
}
