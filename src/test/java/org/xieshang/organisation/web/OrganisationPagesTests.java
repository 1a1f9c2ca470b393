package org.xieshang.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.OrganisationTestUsers;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class OrganisationPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorSeesTheWholeCommitteeTreeWithLevelBadges() throws Exception {
        mvc.perform(get("/organisation").with(user(signedIn("全国政协", Role.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("中国人民政治协商会议全国委员会")))
                .andExpect(content().string(containsString("政协凉山彝族自治州委员会")))
                .andExpect(content().string(containsString("政协泸州市江阳区委员会")))
                .andExpect(content().string(containsString("<span class=\"badge\">县级</span>")))
                .andExpect(content().string(containsString("组织机构")));
    }

    @Test
    void aCommitteePageShowsItsTermsMeetingsAndCounts() throws Exception {
        long luzhou = committee("泸州市政协");
        mvc.perform(get("/organisation/committees/{id}", luzhou).with(user(signedIn("泸州市政协", Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第9届（2021—2026年）")))
                .andExpect(content().string(containsString("第9届第2次会议")))
                .andExpect(content().string(containsString("2022-12-25")))
                .andExpect(content().string(containsString("政协泸县委员会")))
                .andExpect(content().string(not(containsString("/edit"))));
    }

    @Test
    void aMemberReadsTheListsWithoutEditButtonsAndAnAdministratorGetsThem() throws Exception {
        mvc.perform(get("/organisation/handling-units").with(user(signedIn("泸州市政协", Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("市教育局")))
                .andExpect(content().string(not(containsString("/edit"))))
                .andExpect(content().string(not(containsString("/organisation/handling-units/new"))));
        mvc.perform(get("/organisation/handling-units").with(user(signedIn("泸州市政协", Role.ADMIN))))
                .andExpect(content().string(containsString("/edit")))
                .andExpect(content().string(containsString("/organisation/handling-units/new")));
        mvc.perform(get("/organisation/handling-units/new").with(user(signedIn("泸州市政协", Role.MEMBER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSearchWithNoMatchShowsTheEmptyState() throws Exception {
        mvc.perform(get("/organisation/sectors").param("q", "不存在的界别").with(user(signedIn("泸州市政协", Role.STAFF))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的记录。")));
    }

    @Test
    void aSectorFormWithAnEmptyNameIsShownAgainWithTheFieldMessageAndSavesNothing() throws Exception {
        long luzhou = committee("泸州市政协");
        long before = jdbc.sql("select count(*) from sector").query(Long.class).single();
        mvc.perform(post("/organisation/sectors")
                        .param("committeeId", String.valueOf(luzhou))
                        .param("name", "")
                        .param("sortOrder", "50")
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写名称。")));
        assertThat(jdbc.sql("select count(*) from sector").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aSavedSectorRedirectsToTheListWithAFlash() throws Exception {
        long luxian = committee("泸县政协");
        mvc.perform(post("/organisation/sectors")
                        .param("committeeId", String.valueOf(luxian))
                        .param("name", "环境资源界")
                        .param("sortOrder", "50")
                        .with(user(signedIn("泸县政协", Role.ADMIN)))
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisation/sectors?committeeId=" + luxian))
                .andExpect(flash().attribute("flash", "已创建。"));
        assertThat(jdbc.sql("select count(*) from sector where committee_id = ? and name = '环境资源界'")
                        .param(luxian)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDuplicateTermNumberIsExplainedAboveTheForm() throws Exception {
        long luzhou = committee("泸州市政协");
        mvc.perform(post("/organisation/committees/{id}/terms", luzhou)
                        .param("number", "9")
                        .param("startYear", "2021")
                        .param("endYear", "2026")
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已有第9届，不能重复。")));
    }

    @Test
    void theUnitsExportIsAnAuditedSpreadsheet() throws Exception {
        long exports = exports();
        mvc.perform(get("/organisation/handling-units/export").with(user(signedIn("泸州市政协", Role.STAFF))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(exports()).isEqualTo(exports + 1);
    }

    @Test
    void theDivisionTreeOpensOneLevelAtATime() throws Exception {
        long luzhou = committee("泸州市政协");
        XieshangUser member = signedIn("泸州市政协", Role.MEMBER);
        mvc.perform(get("/organisation/divisions").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("江阳区")))
                .andExpect(content().string(containsString("古蔺县")))
                .andExpect(content().string(not(containsString("南城街道"))));
        long jiangyang = jdbc.sql("select id from division where committee_id = ? and code = '510502'")
                .param(luzhou)
                .query(Long.class)
                .single();
        mvc.perform(get("/organisation/divisions/{id}/children", jiangyang).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("南城街道")))
                .andExpect(content().string(containsString("泸州高新技术产业开发区")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/organisation/divisions").param("q", "福集").with(user(member)))
                .andExpect(content().string(containsString("福集镇")));
    }

    @Test
    void aCountyUserCannotOpenTheMunicipalDivisionTree() throws Exception {
        long jiangyang = jdbc.sql("select id from division where code = '510502'")
                .query(Long.class)
                .single();
        mvc.perform(get("/organisation/divisions/{id}/children", jiangyang).with(user(signedIn("泸县政协", Role.MEMBER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditWithoutItsVersionIsRefusedWithAMessage() throws Exception {
        long term = jdbc.sql("select min(id) from term").query(Long.class).single();
        mvc.perform(post("/organisation/terms/{id}", term)
                        .param("number", "14")
                        .param("startYear", "2023")
                        .param("endYear", "2028")
                        .with(user(signedIn("全国政协", Role.ADMIN)))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("缺少版本号")));
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and target_type = 'handling_unit'")
                .query(Long.class)
                .single();
    }

    private XieshangUser signedIn(String committee, Role role) {
        return OrganisationTestUsers.user(jdbc, committee, role);
    }

    private long committee(String shortName) {
        return OrganisationTestUsers.committee(jdbc, shortName);
    }
}
