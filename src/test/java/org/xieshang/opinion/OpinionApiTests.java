package org.xieshang.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.OpinionTestSupport.Tree;
import org.xieshang.support.IntegrationTest;

/** The API's answers to wrong moves, bad input and reading outside one's scope, in Chinese and saving nothing. */
@IntegrationTest
class OpinionApiTests {

    @Autowired
    OpinionTestSupport support;

    OpinionApiClient api;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Tree tree;
    XieshangUser member;
    XieshangUser staff;

    @BeforeEach
    void tree() {
        api = new OpinionApiClient(mvc);
        tree = support.tree(false);
        member = support.user(tree.city(), Role.MEMBER, support.member(tree.city(), "钱敏"));
        staff = support.user(tree.city(), Role.STAFF, null);
    }

    @Test
    void acceptingAReportNotSignedOffIsAConflict() throws Exception {
        long id = api.submit(member, "未签发的信息");
        api.post(staff, "/api/v1/opinion-reports/" + id + "/accept", "{\"version\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("opinion.illegal-transition"))
                .andExpect(jsonPath("$.title").value("该信息当前为“已提交”，不能录用。"));
        assertThat(state(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = api.submit(member, "版本冲突");
        String edit = "{\"title\":\"关于处理版本冲突的建议\",\"body\":\"正文\",\"suggestions\":\"建议\",\"version\":%d}";
        api.post(staff, "/api/v1/opinion-reports/" + id + "/edit", edit.formatted(1))
                .andExpect(status().isOk());
        api.post(staff, "/api/v1/opinion-reports/" + id + "/edit", edit.formatted(1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale"));
    }

    @Test
    void aMalformedReportIsRefusedFieldByFieldAndNotSaved() throws Exception {
        api.post(member, "/api/v1/opinion-reports", "{\"title\":\"\",\"facts\":\"有\",\"submit\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("填写内容有误，请按各项提示修改。"))
                .andExpect(jsonPath("$.errors[?(@.field=='title')].message").value("请填写标题。"))
                .andExpect(jsonPath("$.errors[?(@.field=='analysis')].message").value("请填写分析（有分析）。"))
                .andExpect(jsonPath("$.errors[?(@.field=='category')].message").value("请选择信息类别。"))
                .andExpect(jsonPath("$.errors[?(@.field=='submitterType')].message")
                        .value("请选择报送主体类型。"));
        api.post(
                        member,
                        "/api/v1/opinion-reports",
                        OpinionApiClient.report(
                                "比例不对",
                                "MEMBER",
                                ",\"persons\":[{\"type\":\"MEMBER\",\"id\":%d,\"share\":70}],\"submit\":true"
                                        .formatted(member.memberId().orElseThrow())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("persons"))
                .andExpect(jsonPath("$.errors[0].message").value("分配比例合计须为 100。"));
        assertThat(jdbc.sql("select count(*) from opinion_report where committee_id = ?")
                        .param(tree.city())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEditedTitleOutOfTheStandardFormIsRefused() throws Exception {
        long id = api.submit(member, "标题格式");
        api.post(
                        staff,
                        "/api/v1/opinion-reports/" + id + "/edit",
                        "{\"title\":\"停车难问题\",\"body\":\"正文\",\"suggestions\":\"建议\",\"version\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message").value("核稿标题须采用“关于……的建议”的规范格式。"));
    }

    @Test
    void aLongReportIsSavedWithAWarning() throws Exception {
        String facts = "情况".repeat(800);
        api.post(
                        member,
                        "/api/v1/opinion-reports",
                        OpinionApiClient.report("篇幅过长", "MEMBER", ",\"submit\":true")
                                .replace("近年来城区停车位缺口较大。", facts))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lengthWarning").value(true))
                .andExpect(jsonPath("$.warning").value(Matchers.containsString("超过 1500 字")))
                .andExpect(jsonPath("$.report.state").value("SUBMITTED"));
    }

    @Test
    void othersReportsAndOtherCommitteesRecordsReadAsNotFound() throws Exception {
        long id = api.submit(member, "我的信息");
        XieshangUser otherMember = support.user(tree.city(), Role.MEMBER, support.member(tree.city(), "孙立"));
        XieshangUser elsewhere = support.user(tree.county(), Role.STAFF, null);
        api.get(otherMember, "/api/v1/opinion-reports/" + id)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"))
                .andExpect(jsonPath("$.title").value("社情民意信息 " + id + " 不存在，或您无权查看。"));
        api.get(elsewhere, "/api/v1/opinion-reports/" + id).andExpect(status().isNotFound());
        api.get(otherMember, "/api/v1/opinion-reports")
                .andExpect(jsonPath("$.total").value(0));
        api.get(staff, "/api/v1/opinion-reports").andExpect(jsonPath("$.total").value(1));
        api.get(member, "/api/v1/opinion-reports/" + id).andExpect(status().isOk());
    }

    @Test
    void aMemberCannotEditOrManage() throws Exception {
        long id = api.submit(member, "越权");
        api.post(member, "/api/v1/opinion-reports/" + id + "/accept", "{\"version\":1}")
                .andExpect(status().isForbidden());
    }

    @Test
    void attachmentsAreCheckedByTypeAndContent() throws Exception {
        long id = api.ok(api.post(member, "/api/v1/opinion-reports", OpinionApiClient.report("附件", "MEMBER", "")))
                .transform(body -> ((Number) JsonPath.read(body, "$.report.id")).longValue());
        byte[] pdf = "%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII);
        String uploaded = mvc.perform(multipart("/api/v1/opinion-reports/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "调研材料.pdf", "application/pdf", pdf))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int attachment = JsonPath.read(uploaded, "$.id");
        mvc.perform(get("/api/v1/opinion-reports/" + id + "/attachments/" + attachment)
                        .with(user(member)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(pdf));
        mvc.perform(multipart("/api/v1/opinion-reports/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", pdf))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("附件类型不允许")));
        mvc.perform(multipart("/api/v1/opinion-reports/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "MZ....".getBytes()))
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("附件内容与其文件类型不符。"));
    }

    @Test
    void statisticsCountWhatTheListShowsAndExportAsExcel() throws Exception {
        long accepted = api.submit(member, "统计一");
        api.accept(staff, accepted, "关于统计口径的建议");
        api.submit(member, "统计二");
        String figures = api.ok(api.get(staff, "/api/v1/opinion-statistics"));
        assertThat(JsonPath.<Integer>read(figures, "$.received.value")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(figures, "$.accepted.value")).isEqualTo(1);
        String link = JsonPath.read(figures, "$.accepted.link");
        api.get(staff, link)
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value((int) accepted));
        mvc.perform(get("/api/v1/opinion-statistics/export").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type",
                                Matchers.startsWith(
                                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        mvc.perform(get("/api/v1/opinion-reports/export").with(user(staff))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_entry where committee_id = ? and action = 'EXPORT'")
                        .param(tree.city())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private String state(long id) {
        return jdbc.sql("select state from opinion_report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
