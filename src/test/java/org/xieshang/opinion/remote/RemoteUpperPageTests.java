package org.xieshang.opinion.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The settings page: bad input is shown again field by field and saves nothing; a saved token is never shown. */
@IntegrationTest
class RemoteUpperPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    long city;
    XieshangUser staff;

    @BeforeEach
    void committee() {
        long province = committee(null, "PROVINCIAL");
        city = committee(province, "MUNICIPAL");
        staff = fixtures.user(city, Role.STAFF);
    }

    @Test
    void badInputIsShownAgainWithAMessagePerFieldAndNothingIsSaved() throws Exception {
        MockHttpServletResponse page = send(form("ftp://nowhere", "", "xs_t", "", "xs_c"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("请填写以 http:// 或 https:// 开头的地址")
                .contains("请填写上级政协在其系统中的编号")
                .contains("请填写本系统供上级回传结果的地址");
        MockHttpServletResponse noTokens = send(form("http://upper.example", "3", "", "http://lower.example", ""));
        assertThat(noTokens.getContentAsString()).contains("首次配置须填写上级系统的令牌和本系统的回传令牌");
        assertThat(stored()).isZero();
    }

    @Test
    void savedSettingsRedirectWithAMessageAndTheTokensAreNeverShown() throws Exception {
        MockHttpServletResponse saved = send(
                form("http://upper.example", "3", "xs_upper-secret", "http://lower.example", "xs_callback-secret"));
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/opinion/remote?committeeId=" + city);
        assertThat(stored()).isEqualTo(1);
        String shown = mvc.perform(MockMvcRequestBuilders.get("/opinion/remote").with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shown)
                .contains("http://upper.example")
                .contains("已加密保存")
                .doesNotContain("upper-secret")
                .doesNotContain("callback-secret");
    }

    @Test
    void theMessagesAreFilteredByStatusPagedAndExportedWithAnAuditEntry() throws Exception {
        RemoteOutbox outbox = new RemoteOutbox(jdbc);
        for (int i = 0; i < 23; i++) {
            outbox.enqueue(city, RemoteOutbox.Kind.UPWARD, "http://upper.example", null, "waiting-" + i, "{}");
        }
        outbox.enqueue(city, RemoteOutbox.Kind.RESULT, "http://lower.example", null, "sent-1", "{}");
        jdbc.sql("update opinion_remote_outbox set delivered_at = now() where committee_id = ? and idempotency_key"
                        + " = 'sent-1'")
                .param(city)
                .update();

        String delivered = get("/opinion/remote?status=DELIVERED");
        assertThat(delivered).contains("回传结果").doesNotContain("waiting-");
        String waiting = get("/opinion/remote?status=WAITING");
        assertThat(waiting).contains("第 1 / 2 页").doesNotContain("sent-1");
        assertThat(get("/opinion/remote?q=sent-")).contains("回传结果").doesNotContain("向上报送");

        MockHttpServletResponse export = mvc.perform(
                        MockMvcRequestBuilders.get("/opinion/remote/export?committeeId=" + city + "&status=WAITING")
                                .with(user(staff)))
                .andReturn()
                .getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).contains("spreadsheetml");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EXPORT' and target_type ="
                                + " 'opinion-remote-upper' and target_id = ?")
                        .param(String.valueOf(city))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aMemberDoesNotGetThePage() throws Exception {
        XieshangUser member = fixtures.user(city, Role.MEMBER);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/opinion/remote").with(user(member)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    private MockHttpServletRequestBuilder form(
            String baseUrl, String remoteCommitteeId, String token, String callbackUrl, String callbackToken) {
        return MockMvcRequestBuilders.post("/opinion/remote")
                .param("committeeId", String.valueOf(city))
                .param("baseUrl", baseUrl)
                .param("remoteCommitteeId", remoteCommitteeId)
                .param("token", token)
                .param("callbackUrl", callbackUrl)
                .param("callbackToken", callbackToken);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(staff)).with(csrf())).andReturn().getResponse();
    }

    private String get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(user(staff)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long stored() {
        return jdbc.sql("select count(*) from opinion_remote_upper where committee_id = ?")
                .param(city)
                .query(Long.class)
                .single();
    }

    private long committee(Long parent, String level) {
        String name = "远程页面测试-" + UUID.randomUUID();
        return jdbc.sql("insert into committee (parent_id, name, short_name, level, region) values (?, ?, ?, ?, '测试')"
                        + " returning id")
                .params(parent, name, name, level)
                .query(Long.class)
                .single();
    }
}
