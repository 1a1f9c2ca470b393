package org.xieshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.identity.UserManagement;
import org.xieshang.identity.XieshangUser;
import org.xieshang.member.MemberFixtures.Org;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
@Transactional
@RecordApplicationEvents
class MemberApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    ApplicationEvents events;

    MemberFixtures fixtures;
    Org org;
    XieshangUser staff;

    @BeforeEach
    void setUp() {
        fixtures = new MemberFixtures(jdbc, users);
        org = fixtures.committee();
        staff = fixtures.staff(org.committeeId());
    }

    String body(String name, long sectorId, String mobile) {
        return """
                {"name": "%s", "sex": "FEMALE", "ethnicity": "汉族", "birthDate": "1975-03-08",
                 "politicalAffiliation": "民盟盟员", "partyOrganisationId": %d, "sectorId": %d,
                 "specialCommitteeId": %d, "standingCommittee": true, "employer": "泸州市某中学", "post": "校长",
                 "mobile": "%s", "email": "a@example.com", "termIds": [%d]}""".formatted(name, org.partyId(), sectorId, org.specialCommitteeId(), mobile, org.termId());
    }

    long create(String name, long sectorId, String mobile) throws Exception {
        String location = mvc.perform(post("/api/v1/members")
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, sectorId, mobile)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long count() {
        return jdbc.sql("select count(*) from member where committee_id = ?")
                .param(org.committeeId())
                .query(Long.class)
                .single();
    }

    @Test
    void registeringAMemberReturnsItAuditsItAndAnnouncesIt() throws Exception {
        long id = create("李晓梅", org.sectorA(), "13800000001");

        mvc.perform(get("/api/v1/members/{id}", id).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("李晓梅"))
                .andExpect(jsonPath("$.sectorName").value("经济界"))
                .andExpect(jsonPath("$.partyOrganisationName").value("民盟测试委会"))
                .andExpect(jsonPath("$.termIds[0]").value(org.termId()))
                .andExpect(jsonPath("$.version").value(0));
        assertThat(jdbc.sql("select summary from audit_entry where target_type = 'member' and target_id = ?")
                        .param(String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("登记委员 李晓梅");
        assertThat(events.stream(MemberRegistered.class)).contains(new MemberRegistered(id, org.committeeId()));
    }

    @Test
    void theListFiltersBySectorAndPages() throws Exception {
        for (int i = 0; i < 22; i++) {
            create("经济委员" + (char) ('甲' + i), org.sectorA(), "138000001%02d".formatted(i));
        }
        create("教育委员", org.sectorB(), "13800000200");

        mvc.perform(get("/api/v1/members")
                        .param("sectorId", String.valueOf(org.sectorB()))
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("教育委员"));
        mvc.perform(get("/api/v1/members")
                        .param("sectorId", String.valueOf(org.sectorA()))
                        .param("page", "2")
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(22))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/v1/members").param("q", "教育").with(user(staff)))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void badInputIsRefusedFieldByFieldInChineseAndNothingIsSaved() throws Exception {
        String bad = body("张", org.sectorA(), "12345").replace("\"汉族\"", "\"火星族\"");

        mvc.perform(post("/api/v1/members")
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("姓名应为 2 至 20 个字。")))
                .andExpect(jsonPath("$.errors[?(@.field == 'mobile')].message").value(hasItem("手机号应为 1 开头的 11 位数字。")));
        assertThat(count()).isZero();
    }

    @Test
    void aValueOutsideTheListsIsRefusedAtItsField() throws Exception {
        String bad = body("王大力", org.sectorA(), "13800000301").replace("\"汉族\"", "\"火星族\"");

        mvc.perform(post("/api/v1/members")
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ethnicity"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("“火星族”不是 56 个民族之一")));
        assertThat(count()).isZero();
    }

    @Test
    void aSecondMemberWithTheSameMobileIsRefused() throws Exception {
        create("赵一", org.sectorA(), "13800000401");
        mvc.perform(post("/api/v1/members")
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("赵二", org.sectorA(), "13800000401")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mobile"));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aUserOfAnotherCommitteeFindsNothing() throws Exception {
        long id = create("钱多多", org.sectorA(), "13800000501");
        Org other = fixtures.committee();
        XieshangUser stranger = fixtures.staff(other.committeeId());

        mvc.perform(get("/api/v1/members/{id}", id).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/members/{id}", id)
                        .with(user(stranger))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("钱多多", org.sectorA(), "13800000501").replace("}", ", \"version\": 0}")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members").with(user(stranger)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aUserWhoMayOnlyReadCannotRegister() throws Exception {
        XieshangUser reader = fixtures.user(org.committeeId(), "member:read");

        mvc.perform(post("/api/v1/members")
                        .with(user(reader))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("孙悟", org.sectorA(), "13800000601")))
                .andExpect(status().isForbidden());
        assertThat(count()).isZero();
    }

    @Test
    void anEditBasedOnAnOldVersionIsAConflict() throws Exception {
        long id = create("周芷若", org.sectorA(), "13800000701");
        String edit = body("周芷若", org.sectorB(), "13800000701").replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/v1/members/{id}", id)
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sectorName").value("教育界"))
                .andExpect(jsonPath("$.version").value(1));

        mvc.perform(put("/api/v1/members/{id}", id)
                        .with(user(staff))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        assertThat(events.stream(MemberProfileChanged.class))
                .containsExactly(new MemberProfileChanged(id, org.committeeId()));
    }
}
