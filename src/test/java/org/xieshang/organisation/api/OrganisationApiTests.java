package org.xieshang.organisation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.OrganisationTestUsers;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class OrganisationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aUserSeesTheirCommitteeAndThoseBelowIt() throws Exception {
        mvc.perform(get("/api/v1/committees").with(user(signedIn("泸州市政协", Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(8))
                .andExpect(jsonPath("$[0].shortName").value("泸州市政协"));
    }

    @Test
    void aCountyUserDoesNotSeeTheMunicipalCommitteesUnits() throws Exception {
        XieshangUser luxian = signedIn("泸县政协", Role.ADMIN);
        long luzhou = committee("泸州市政协");
        mvc.perform(get("/api/v1/committees/{id}/handling-units", luzhou).with(user(luxian)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/committees/{id}", luzhou).with(user(luxian))).andExpect(status().isNotFound());
        long unit = jdbc.sql("select min(id) from handling_unit where committee_id = ?")
                .param(luzhou)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/committees/{c}/handling-units/{id}", committee("泸县政协"), unit)
                        .with(user(luxian)))
                .andExpect(status().isNotFound());
    }

    @Test
    void handlingUnitsArePagedAndSearchedByName() throws Exception {
        long luzhou = committee("泸州市政协");
        mvc.perform(get("/api/v1/committees/{id}/handling-units", luzhou)
                        .param("size", "10")
                        .with(user(signedIn("泸州市政协", Role.STAFF))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(78)));
        mvc.perform(get("/api/v1/committees/{id}/handling-units", luzhou)
                        .param("q", "教育局")
                        .with(user(signedIn("泸州市政协", Role.STAFF))))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("市教育局"))
                .andExpect(jsonPath("$.items[0].kind").value("GOVERNMENT"))
                .andExpect(jsonPath("$.items[0].active").value(true));
    }

    @Test
    void aSectorWithAnEmptyNameIsRefusedWithAChineseMessageAndNothingIsSaved() throws Exception {
        long luzhou = committee("泸州市政协");
        long before = count("sector");
        mvc.perform(post("/api/v1/committees/{id}/sectors", luzhou)
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"  \", \"sortOrder\": 40}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("请填写名称。"));
        assertThat(count("sector")).isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorMayAddToTheLists() throws Exception {
        long luzhou = committee("泸州市政协");
        long before = count("sector");
        mvc.perform(post("/api/v1/committees/{id}/sectors", luzhou)
                        .with(user(signedIn("泸州市政协", Role.STAFF)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"环境资源界\", \"sortOrder\": 40}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        assertThat(count("sector")).isEqualTo(before);
    }

    @Test
    void anAdministratorAddsAndRenamesAUnitAndASecondWriterWithTheOldVersionGetsAConflict() throws Exception {
        // a county committee, so Luzhou's own figures stay those of the demo dataset
        XieshangUser admin = signedIn("合江县政协", Role.ADMIN);
        String created = mvc.perform(post("/api/v1/committees/{id}/handling-units", committee("合江县政协"))
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"市数据局\", \"kind\": \"GOVERNMENT\", \"sortOrder\": 90}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String change = "{\"name\": \"%s\", \"kind\": \"GOVERNMENT\", \"sortOrder\": 90, \"version\": 0}";
        mvc.perform(put(created)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("市政务服务和数据局")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put(created)
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change.formatted("市数据局")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale"));
        assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'handling_unit'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aMeetingOutsideItsTermIsRefusedWithTheTermsYears() throws Exception {
        long luzhou = committee("泸州市政协");
        long term = jdbc.sql("select id from term where committee_id = ? and number = 9")
                .param(luzhou)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/committees/{c}/terms/{t}/meetings", luzhou, term)
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"number\": 6, \"openedOn\": \"2027-01-05\", \"closedOn\": \"2027-01-08\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("meeting-outside-term"))
                .andExpect(jsonPath("$.title").value("会议须在本届任期（2021—2026年）之内召开。"));
    }

    @Test
    void aVillageCannotHangDirectlyUnderACounty() throws Exception {
        long luzhou = committee("泸州市政协");
        long jiangyang = jdbc.sql("select id from division where committee_id = ? and code = '510502'")
                .param(luzhou)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/committees/{c}/divisions", luzhou)
                        .param("parentId", String.valueOf(jiangyang))
                        .with(user(signedIn("泸州市政协", Role.MEMBER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].level").value("TOWN"));
        mvc.perform(post("/api/v1/committees/{c}/divisions", luzhou)
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"parentId\": %d, \"code\": \"510502-999-001\", \"name\": \"试验村\", \"kind\": \"VILLAGE\"}"
                                        .formatted(jiangyang)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("division-parent-level"));
    }

    @Test
    void nothingCanBeCreatedUnderACountyCommittee() throws Exception {
        long committees = count("committee");
        mvc.perform(post("/api/v1/committees")
                        .with(user(signedIn("泸州市政协", Role.ADMIN)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "level": "COUNTY", "name": "政协泸县某镇委员会",
                                 "shortName": "某镇政协", "region": "泸县"}""".formatted(committee("泸县政协"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("committee-parent-level"));
        assertThat(count("committee")).isEqualTo(committees);
    }

    private XieshangUser signedIn(String committee, Role role) {
        return OrganisationTestUsers.user(jdbc, committee, role);
    }

    private long committee(String shortName) {
        return OrganisationTestUsers.committee(jdbc, shortName);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
