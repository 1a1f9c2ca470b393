package org.xieshang.opinion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.opinion.web.PageWorld.World;
import org.xieshang.support.IntegrationTest;

/** The information office's pages: the queue, 核稿 beside the original, sign-off, acceptance, keeping on file. */
@IntegrationTest
class OfficePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageWorld worlds;

    @Autowired
    JdbcClient jdbc;

    World w;

    @BeforeEach
    void world() {
        w = worlds.create();
    }

    @Test
    void theOfficeEditsBesideTheOriginalSignsOffAndAccepts() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "农村饮水安全问题");
        mvc.perform(get("/opinion/office").param("state", "SUBMITTED").with(user(w.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("农村饮水安全问题")));
        mvc.perform(get("/opinion/reports/" + id + "/review").with(user(w.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于农村饮水安全问题的建议")));
        OpinionPages.accept(mvc, w.staff(), id, "关于保障农村饮水安全的建议");
        assertThat(state(id)).isEqualTo("ACCEPTED");
        mvc.perform(get("/opinion/reports/" + id).with(user(w.staff())))
                .andExpect(content().string(containsString("农村饮水安全问题")))
                .andExpect(content().string(containsString("关于保障农村饮水安全的建议")))
                .andExpect(content().string(containsString("核稿后的正文。")));
    }

    @Test
    void anEditedTitleNotInTheStandardFormIsRefusedAndNothingChanges() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "校园周边食品安全");
        mvc.perform(post("/opinion/reports/" + id + "/review")
                        .param("title", "校园周边食品安全")
                        .param("body", "")
                        .param("suggestions", "建议")
                        .param("version", "1")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写核稿后的正文。")));
        mvc.perform(post("/opinion/reports/" + id + "/review")
                        .param("title", "校园周边食品安全")
                        .param("body", "正文")
                        .param("suggestions", "建议")
                        .param("version", "1")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("关于……的建议")));
        assertThat(state(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void keepingOnFileNeedsAReason() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "重复反映的问题");
        mvc.perform(post("/opinion/reports/" + id + "/file")
                        .param("reason", " ")
                        .param("version", "1")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写留存理由。")));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/opinion/reports/" + id + "/file")
                        .param("reason", "与已录用信息重复")
                        .param("version", "1")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(state(id)).isEqualTo("FILED");
    }

    @Test
    void signingOffBeforeEditingIsRefusedAsAConflict() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "未核稿就签发");
        mvc.perform(post("/opinion/reports/" + id + "/sign-off")
                        .param("version", "1")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theOfficeQueueIsExportedAsExcel() throws Exception {
        OpinionPages.submit(mvc, w.member(), "导出测试信息");
        mvc.perform(get("/opinion/office/export").param("q", "导出测试").with(user(w.staff())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and actor_id = ?")
                        .param(w.staff().userId())
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private String state(long id) {
        return jdbc.sql("select state from opinion_report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
