package org.xieshang.opinion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.opinion.web.PageWorld.World;
import org.xieshang.support.IntegrationTest;

/**
 * The periodical and the way up from the pages: compile and publish an issue, its Word file, report upward, the upper
 * committee's queue, adoption with a leader's instruction, and what the member then sees.
 */
@IntegrationTest
class UpwardPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PageWorld worlds;

    @Autowired
    JdbcClient jdbc;

    World w;
    long report;

    @BeforeEach
    void acceptedReport() throws Exception {
        w = worlds.create();
        report = OpinionPages.submit(mvc, w.member(), "山区学生上学路途远");
        OpinionPages.accept(mvc, w.staff(), report, "关于解决山区学生上学难的建议");
    }

    @Test
    void anIssueIsCompiledPublishedAndDownloadedAsWord() throws Exception {
        long issue = createIssue();
        mvc.perform(get("/opinion/issues/new").param("q", "山区学生").with(user(w.staff())))
                .andExpect(content().string(containsString("没有符合条件的已录用信息。")));
        mvc.perform(post("/opinion/issues/" + issue + "/publish")
                        .param("version", "0")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/opinion/issues/" + issue).with(user(w.staff())))
                .andExpect(content().string(containsString("第1期")))
                .andExpect(content().string(containsString("关于解决山区学生上学难的建议")));
        byte[] docx = mvc.perform(get("/opinion/issues/" + issue + ".docx").with(user(w.staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("社情民意", "第1期", "关于解决山区学生上学难的建议", "王页面", "同级党委");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(doc.getTables().get(0).getCTTbl().getTblGrid().sizeOfGridColArray())
                    .isEqualTo(3);
            assertThat(doc.getParagraphs()
                            .get(0)
                            .getRuns()
                            .get(0)
                            .getCTR()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("方正小标宋简体");
        }
    }

    @Test
    void anIssueWithoutReportsOrRecipientsIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/opinion/issues/new")
                        .param("year", "2026")
                        .param("kind", "SINGLE")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择稿件包含的信息。")))
                .andExpect(content().string(containsString("请至少选择一个报送对象。")));
        mvc.perform(post("/opinion/issues/new")
                        .param("year", "2026")
                        .param("kind", "COMPOSITE")
                        .param("reportIds", String.valueOf(report))
                        .param("recipients", "PARTY_COMMITTEE")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("综合稿件须填写标题和正文。")));
        assertThat(jdbc.sql("select count(*) from opinion_issue where committee_id = ?")
                        .param(w.city())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theProvinceAdoptsWithAnInstructionAndTheMemberSeesItAndThePoints() throws Exception {
        mvc.perform(post("/opinion/reports/" + report + "/report-upward")
                        .param("channel", "NORMAL")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        long copy = jdbc.sql("select id from opinion_report where committee_id = ? and origin_id = ?")
                .params(w.province(), report)
                .query(Long.class)
                .single();
        mvc.perform(get("/opinion/incoming").param("q", "山区学生").with(user(w.provinceStaff())))
                .andExpect(content().string(containsString("/opinion/reports/" + copy)));
        mvc.perform(post("/opinion/reports/" + copy + "/adoption")
                        .param("kind", "SINGLE")
                        .param("version", "0")
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写采用日期。")));
        int version = jdbc.sql("select version from opinion_report where id = ?")
                .param(copy)
                .query(Integer.class)
                .single();
        mvc.perform(post("/opinion/reports/" + copy + "/adoption")
                        .param("kind", "SINGLE")
                        .param("adoptedOn", "2026-11-20")
                        .param("version", String.valueOf(version))
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/opinion/reports/" + copy + "/instructions")
                        .param("rank", "PROVINCIAL")
                        .param("leaderTitle", "副省长")
                        .param("text", "请省教育厅研究落实。")
                        .param("instructedOn", "2026-11-21")
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/opinion/mine").with(user(w.member())))
                .andExpect(content().string(containsString("单篇采用")))
                .andExpect(content().string(containsString("请省教育厅研究落实。")))
                .andExpect(content().string(containsString("id=\"points-total\">15")));
    }

    private long createIssue() throws Exception {
        String location = mvc.perform(post("/opinion/issues/new")
                        .param("year", "2026")
                        .param("kind", "SINGLE")
                        .param("reportIds", String.valueOf(report))
                        .param("recipients", "PARTY_COMMITTEE", "GOVERNMENT")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
