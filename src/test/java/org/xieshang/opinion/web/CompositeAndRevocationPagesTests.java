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
import java.math.BigDecimal;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.opinion.web.PageWorld.World;
import org.xieshang.support.IntegrationTest;

/** A composite piece lists each original (on the page and in Word); revoking an adoption takes its points back. */
@IntegrationTest
class CompositeAndRevocationPagesTests {

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
    void aCompositePieceListsEveryOriginalInTheWordIssue() throws Exception {
        long first = OpinionPages.submit(mvc, w.member(), "城区内涝点排查");
        long second = OpinionPages.submit(mvc, w.member(), "排水管网老化");
        OpinionPages.accept(mvc, w.staff(), first, "关于加快城区内涝点整治的建议");
        OpinionPages.accept(mvc, w.staff(), second, "关于推进排水管网改造的建议");
        String location = mvc.perform(post("/opinion/issues/new")
                        .param("year", "2026")
                        .param("kind", "COMPOSITE")
                        .param("title", "关于提升城市排水防涝能力的建议")
                        .param("body", "综合两条信息：内涝点多、管网老化。建议统筹整治。")
                        .param("reportIds", String.valueOf(first), String.valueOf(second))
                        .param("recipients", "LEADERS")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).with(user(w.staff())))
                .andExpect(content().string(containsString("关于提升城市排水防涝能力的建议")))
                .andExpect(content().string(containsString("关于加快城区内涝点整治的建议")))
                .andExpect(content().string(containsString("关于推进排水管网改造的建议")));
        byte[] docx = mvc.perform(get(location + ".docx").with(user(w.staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("待编号", "综合自以下信息", "关于加快城区内涝点整治的建议", "关于推进排水管网改造的建议");
            assertThat(doc.getTables().get(0).getRows()).hasSize(3);
        }
    }

    @Test
    void revokingAnAdoptionNeedsAReasonAndTakesItsPointsBack() throws Exception {
        long report = OpinionPages.submit(mvc, w.member(), "农贸市场食品抽检");
        OpinionPages.accept(mvc, w.staff(), report, "关于加强农贸市场食品抽检的建议");
        mvc.perform(post("/opinion/reports/" + report + "/report-upward")
                        .param("channel", "NORMAL")
                        .with(user(w.staff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        long copy = jdbc.sql("select id from opinion_report where committee_id = ? and origin_id = ?")
                .params(w.province(), report)
                .query(Long.class)
                .single();
        mvc.perform(post("/opinion/reports/" + copy + "/adoption")
                        .param("kind", "FORWARDED")
                        .param("adoptedOn", "2026-11-20")
                        .param("version", String.valueOf(version(copy)))
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(memberPoints(report)).isEqualByComparingTo("5");
        mvc.perform(post("/opinion/reports/" + copy + "/adoption/revoke")
                        .param("reason", "")
                        .param("version", String.valueOf(version(copy)))
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写撤销采用的理由。")));
        mvc.perform(post("/opinion/reports/" + copy + "/adoption/revoke")
                        .param("reason", "经核实与已采用信息重复")
                        .param("version", String.valueOf(version(copy)))
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isFound());
        assertThat(memberPoints(report)).isEqualByComparingTo("0");
        mvc.perform(get("/opinion/mine").with(user(w.member())))
                .andExpect(content().string(containsString("撤销采用")));
    }

    @Test
    void anotherCommitteesStaffCannotSeeOrChangeTheReport() throws Exception {
        long report = OpinionPages.submit(mvc, w.member(), "跨级不可见的信息");
        mvc.perform(get("/opinion/reports/" + report).with(user(w.provinceStaff())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/opinion/reports/" + report + "/file")
                        .param("reason", "越权留存")
                        .param("version", "1")
                        .with(user(w.provinceStaff()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    private int version(long id) {
        return jdbc.sql("select version from opinion_report where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private BigDecimal memberPoints(long report) {
        return jdbc.sql("select coalesce(sum(points), 0) from opinion_points_entry where report_id = ?"
                        + " and beneficiary_type = 'MEMBER' and beneficiary_id = ?")
                .params(report, w.memberId())
                .query(BigDecimal.class)
                .single();
    }
}
