package org.xieshang.opinion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.opinion.web.PageWorld.World;
import org.xieshang.support.IntegrationTest;

/** 核稿 shows the reports already received on the same matter, so the office can compile them into one piece. */
@IntegrationTest
class SimilarReportsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageWorld worlds;

    @Test
    void theReviewPageListsReportsOnTheSameMatterButNotItselfOrOthers() throws Exception {
        World w = worlds.create();
        long first = OpinionPages.submit(mvc, w.member(), "城区夜间停车难亟待缓解");
        OpinionPages.submit(mvc, w.member(), "老旧小区停车位缺口大");
        mvc.perform(post("/opinion/reports/new")
                        .param("title", "农村饮水安全保障不足")
                        .param("facts", "部分山区村组枯水期自来水断供，群众取水困难。")
                        .param("analysis", "水源工程老化，管护经费不足。")
                        .param("suggestions", "实施农村供水保障工程，落实管护责任。")
                        .param("category", "RURAL")
                        .param("submitterType", "MEMBER")
                        .param("action", "submit")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isFound());

        String html = mvc.perform(get("/opinion/reports/" + first + "/review").with(user(w.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("农村饮水安全保障不足"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String section = html.substring(html.indexOf("id=\"similar-reports\""), html.indexOf("id=\"review-form\""));
        assertThat(section).contains("老旧小区停车位缺口大").contains("相似度").doesNotContain("/opinion/reports/" + first + "\"");
    }
}
