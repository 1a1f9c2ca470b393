package org.xieshang.opinion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.opinion.web.PageWorld.World;
import org.xieshang.support.IntegrationTest;

/** The submitter's pages: the form (draft, submission, validation, length warning, attachments) and their list. */
@IntegrationTest
class SubmitterPagesTests {

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
    void aMemberSubmitsFromTheFormAndFollowsTheReportOnTheirPage() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "城区停车难问题亟待解决");
        mvc.perform(get("/opinion/mine").with(user(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("城区停车难问题亟待解决")))
                .andExpect(content().string(containsString("/opinion/reports/" + id)));
        mvc.perform(get("/opinion/reports/" + id).with(user(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王页面")))
                .andExpect(content().string(containsString("已提交")));
    }

    @Test
    void aDraftIsKeptUntilSubmittedAndOnlyItsWriterSeesIt() throws Exception {
        String location = mvc.perform(OpinionPages.form(post("/opinion/reports/new"), "草稿：夜市噪声扰民")
                        .param("action", "save")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "草稿已保存。"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).endsWith("/draft");
        mvc.perform(get(location).with(user(w.member()))).andExpect(status().isOk());
        mvc.perform(get(location).with(user(w.otherMember()))).andExpect(status().isNotFound());
        mvc.perform(OpinionPages.form(post(location), "草稿：夜市噪声扰民（修改）")
                        .param("action", "submit")
                        .param("version", "0")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", containsString("已提交，信息编号")));
    }

    @Test
    void aReportWithoutFactsIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/opinion/reports/new")
                        .param("title", "缺少基本情况的信息")
                        .param("facts", "")
                        .param("analysis", "分析")
                        .param("suggestions", "建议")
                        .param("category", "")
                        .param("submitterType", "MEMBER")
                        .param("action", "submit")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写基本情况（有情况）。")))
                .andExpect(content().string(containsString("请选择信息类别。")));
        assertThat(reports("缺少基本情况的信息")).isZero();
    }

    @Test
    void aReportPastTheLengthLimitIsSubmittedWithAWarning() throws Exception {
        mvc.perform(post("/opinion/reports/new")
                        .param("title", "篇幅较长的信息")
                        .param("facts", "情".repeat(1600))
                        .param("analysis", "分析")
                        .param("suggestions", "建议")
                        .param("category", "URBAN")
                        .param("submitterType", "MEMBER")
                        .param("action", "submit")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flashError", containsString("超过 1500 字")));
        assertThat(reports("篇幅较长的信息")).isOne();
    }

    @Test
    void anAttachmentOfAForbiddenTypeIsRefusedAndNothingIsSaved() throws Exception {
        MockMultipartFile exe =
                new MockMultipartFile("attachment", "tool.exe", "application/octet-stream", new byte[10]);
        mvc.perform(OpinionPages.form(multipart("/opinion/reports/new").file(exe), "带可执行附件的信息")
                        .param("action", "submit")
                        .with(user(w.member()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("附件类型不允许")));
        assertThat(reports("带可执行附件的信息")).isZero();
    }

    @Test
    void aTextAttachmentIsStoredWithTheReportAndCanBeDownloaded() throws Exception {
        MockMultipartFile txt = new MockMultipartFile(
                "attachment", "调查记录.txt", "text/plain", "停车位调查记录".getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(
                        OpinionPages.form(multipart("/opinion/reports/new").file(txt), "带附件的信息")
                                .param("action", "submit")
                                .with(user(w.member()))
                                .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long attachment = jdbc.sql("select a.id from opinion_attachment a join opinion_report r on r.id = a.report_id"
                        + " where r.title = '带附件的信息'")
                .query(Long.class)
                .single();
        mvc.perform(get(location).with(user(w.member()))).andExpect(content().string(containsString("调查记录.txt")));
        mvc.perform(get(location + "/attachments/" + attachment).with(user(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().bytes("停车位调查记录".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theListIsFilteredSearchedAndExported() throws Exception {
        OpinionPages.submit(mvc, w.member(), "关于河道保洁的反映");
        OpinionPages.submit(mvc, w.member(), "关于学校周边交通的反映");
        mvc.perform(get("/opinion/mine").param("q", "河道").with(user(w.member())))
                .andExpect(content().string(containsString("关于河道保洁的反映")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("关于学校周边交通的反映"))));
        mvc.perform(get("/opinion/mine").param("state", "ACCEPTED").with(user(w.member())))
                .andExpect(content().string(containsString("还没有社情民意信息")));
        mvc.perform(get("/opinion/mine/export").with(user(w.member())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aMemberCannotReachTheOfficePagesNorAnotherMembersReport() throws Exception {
        long id = OpinionPages.submit(mvc, w.member(), "他人不可见的信息");
        mvc.perform(get("/opinion/office").with(user(w.member()))).andExpect(status().isForbidden());
        mvc.perform(get("/opinion/statistics").with(user(w.member()))).andExpect(status().isForbidden());
        mvc.perform(get("/opinion/reports/" + id).with(user(w.otherMember()))).andExpect(status().isNotFound());
    }

    private long reports(String title) {
        return jdbc.sql("select count(*) from opinion_report where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }
}
