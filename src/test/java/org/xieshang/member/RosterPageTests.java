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

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
class RosterPageTests {

    static final List<String> COLUMNS =
            List.of("姓名", "性别", "民族", "出生日期", "政治面貌", "界别", "专委会", "是否常委", "工作单位", "职务", "手机", "电子邮箱", "通讯地址", "专长");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    Org org;
    XieshangUser staff;

    @BeforeEach
    void setUp() {
        MemberFixtures fixtures = new MemberFixtures(jdbc, users);
        org = fixtures.committee();
        staff = fixtures.staff(org.committeeId());
        register("陈经济", org.sectorA(), "13700000001");
        register("林教育", org.sectorB(), "13700000002");
    }

    /** Registers through the domain service as the staff user would. */
    void register(String name, long sectorId, String mobile) {
        MemberProfile profile = new MemberProfile(
                name,
                Sex.MALE,
                "汉族",
                null,
                "群众",
                null,
                sectorId,
                null,
                false,
                "泸州某商贸有限公司",
                "总经理",
                mobile,
                null,
                null,
                null,
                Set.of(org.termId()));
        SignedIn.run(staff, () -> management.register(org.committeeId(), profile));
    }

    @Autowired
    MemberManagement management;

    @Test
    void theRosterFiltersBySector() throws Exception {
        mvc.perform(get("/members")
                        .param("sector", String.valueOf(org.sectorB()))
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"roster\"")))
                .andExpect(content().string(containsString("林教育")))
                .andExpect(content().string(not(containsString("陈经济"))))
                .andExpect(content().string(containsString("<select id=\"sector\" name=\"sector\">")));
    }

    @Test
    void aSearchWithoutMatchesShowsTheEmptyState() throws Exception {
        mvc.perform(get("/members").param("q", "不存在的人").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的委员")))
                .andExpect(content().string(not(containsString("id=\"roster\""))));
    }

    @Test
    void theExportIsAWorkbookWithTheTemplateColumnsAndIsAudited() throws Exception {
        byte[] xlsx = mvc.perform(get("/members/export")
                        .param("sector", String.valueOf(org.sectorA()))
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).isEqualTo(COLUMNS);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("陈经济");
            assertThat(rows.get(1).getCellText(5)).isEqualTo("经济界");
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and actor_id = ?")
                        .param(staff.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMemberPageShowsTheProfileAndItsTerms() throws Exception {
        long id = memberId("林教育");
        mvc.perform(get("/members/{id}", id).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("教育界")))
                .andExpect(content().string(containsString("第9届")));
    }

    @Test
    void theFormIsShownAgainWithEachProblemAndNothingIsSaved() throws Exception {
        mvc.perform(post("/members/new")
                        .with(user(staff))
                        .with(csrf())
                        .param("committeeId", String.valueOf(org.committeeId()))
                        .param("name", "王")
                        .param("sex", "MALE")
                        .param("ethnicity", "火星族")
                        .param("politicalAffiliation", "群众")
                        .param("sectorId", String.valueOf(org.sectorA()))
                        .param("mobile", "139")
                        .param("termIds", String.valueOf(org.termId())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("姓名应为 2 至 20 个字。")))
                .andExpect(content().string(containsString("手机号应为 1 开头的 11 位数字。")));
        assertThat(members()).isEqualTo(2);
    }

    @Test
    void aValidFormRegistersTheMemberAndSaysSo() throws Exception {
        mvc.perform(post("/members/new")
                        .with(user(staff))
                        .with(csrf())
                        .param("committeeId", String.valueOf(org.committeeId()))
                        .param("name", "欧阳新")
                        .param("sex", "FEMALE")
                        .param("ethnicity", "彝族")
                        .param("birthDate", "1980-02-29")
                        .param("politicalAffiliation", "民盟盟员")
                        .param("partyOrganisationId", String.valueOf(org.partyId()))
                        .param("sectorId", String.valueOf(org.sectorA()))
                        .param("standingCommittee", "true")
                        .param("mobile", "13700000003")
                        .param("termIds", String.valueOf(org.termId())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "已登记委员 欧阳新。"));
        assertThat(members()).isEqualTo(3);
    }

    @Test
    void aUserWithoutTheRosterPermissionIsRefused() throws Exception {
        XieshangUser member = new MemberFixtures(jdbc, users).user(org.committeeId());
        mvc.perform(get("/members").with(user(member))).andExpect(status().isForbidden());
    }

    long members() {
        return jdbc.sql("select count(*) from member where committee_id = ?")
                .param(org.committeeId())
                .query(Long.class)
                .single();
    }

    long memberId(String name) {
        return jdbc.sql("select id from member where committee_id = ? and name = ?")
                .params(org.committeeId(), name)
                .query(Long.class)
                .single();
    }
}
