package org.xieshang.opinion.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The statistics page on the demo's 泸州 2022: figures that link to their records, rankings, export, bad input. */
@IntegrationTest
class StatisticsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationDirectory organisation;

    @Test
    void theFiguresLinkToTheirRecordsAndLuzhouLeadsTheProvince() throws Exception {
        long luzhou = organisation.committeeByName("政协泸州市委员会").orElseThrow().id();
        XieshangUser staff = fixtures.user(luzhou, Role.STAFF);
        String page = mvc.perform(
                        get("/opinion/statistics").param("year", "2022").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("/opinion/reports?committeeId=" + luzhou + "&amp;year=2022")
                .contains("/opinion/issues?committeeId=" + luzhou + "&amp;year=2022&amp;state=PUBLISHED")
                .containsPattern("id=\"figure-received\">\\s*<strong>28\\d\\d</strong>")
                .contains("id=\"figure-adopted-NATIONAL\" href=")
                .containsPattern("id=\"figure-adopted-NATIONAL\"[^>]*>34</a>")
                .containsPattern("id=\"figure-adopted-PROVINCIAL\"[^>]*>160</a>")
                .containsPattern(
                        "(?s)<td>民主党派、工商联</td>\\s*<td[^>]*><a[^>]*>12\\d\\d</a></td>"
                                + "\\s*<td[^>]*><a[^>]*>\\d+</a></td>\\s*<td[^>]*><a[^>]*>\\d+</a></td>\\s*<td[^>]*><a[^>]*>82</a>")
                .containsPattern("(?s)id=\"ranking-committees\".*?<td[^>]*>1</td>\\s*<td[^>]*>政协泸州市委员会</td>");
        mvc.perform(get("/opinion/reports")
                        .param("committeeId", String.valueOf(luzhou))
                        .param("year", "2022")
                        .param("adoptedLevel", "NATIONAL")
                        .with(user(staff)))
                .andExpect(content().string(containsString("共 34 条")));
        mvc.perform(get("/opinion/statistics/export").param("year", "2022").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aYearOutOfRangeIsRefused() throws Exception {
        XieshangUser staff = fixtures.user(fixtures.committee(), Role.STAFF);
        mvc.perform(get("/opinion/statistics").param("year", "1900").with(user(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("年度须在 2000 至 2100 之间。")));
    }
}
