package org.xieshang.opinion.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * The settings and exchange endpoints in one installation: tokens are never shown back, settings are for staff and
 * administrators of the committee, bad input is refused field by field, only an account of the committee directly
 * below may deliver into a committee, and a failed message holds back the later ones to the same place.
 */
@IntegrationTest
class RemoteExchangeApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RemoteSender sender;

    long province;
    long city;
    XieshangUser staff;

    @BeforeEach
    void committees() {
        province = committee(null, "PROVINCIAL");
        city = committee(province, "MUNICIPAL");
        staff = fixtures.user(city, Role.STAFF);
    }

    @Test
    void theTokensAreStoredButNeverShownBack() throws Exception {
        MockHttpServletResponse saved = send(put(city, settings("xs_upper-secret", "xs_callback-secret")), staff);
        assertThat(saved.getStatus()).isEqualTo(200);
        String shown = send(MockMvcRequestBuilders.get(upperPath(city)), staff).getContentAsString();
        assertThat(saved.getContentAsString() + shown)
                .contains("\"tokensStored\":true")
                .doesNotContain("upper-secret")
                .doesNotContain("callback-secret");
        String audit = jdbc.sql("select coalesce(string_agg(after_state, ''), '') from audit_entry"
                        + " where target_type = 'opinion-remote-upper' and target_id = ?")
                .param(String.valueOf(city))
                .query(String.class)
                .single();
        assertThat(audit).contains("baseUrl").doesNotContain("secret");
        // a change without tokens keeps the stored ones
        String change = "{\"baseUrl\":\"http://upper.example:8080\",\"remoteCommitteeId\":9,"
                + "\"callbackUrl\":\"http://lower.example:8080\",\"version\":0}";
        assertThat(send(put(city).content(change), staff).getStatus()).isEqualTo(200);
        assertThat(send(put(city).content(change), staff).getStatus())
                .as("stale version")
                .isEqualTo(409);
    }

    @Test
    void aMemberCannotSetTheUpperCommitteeAndStaffOfAnotherCommitteeSeeNone() throws Exception {
        XieshangUser member = fixtures.user(city, Role.MEMBER);
        assertThat(send(put(city, settings("a", "b")), member).getStatus()).isEqualTo(403);
        XieshangUser stranger = fixtures.user(province, Role.STAFF);
        assertThat(send(put(city, settings("a", "b")), stranger).getStatus()).isEqualTo(404);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        MockHttpServletResponse response = send(
                put(city)
                        .content(
                                "{\"baseUrl\":\"ftp:/nowhere\",\"callbackUrl\":\"\",\"token\":\"t\",\"callbackToken\":\"c\"}"),
                staff);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("baseUrl")
                .contains("callbackUrl")
                .contains("remoteCommitteeId")
                .contains("请填写");
        assertThat(send(put(city, settings(null, null)), staff).getStatus())
                .as("a first configuration needs both tokens")
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from opinion_remote_upper where committee_id = ?")
                        .param(city)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyAnAccountOfTheCommitteeBelowMayDeliverIntoACommittee() throws Exception {
        long otherCity = committee(null, "MUNICIPAL");
        XieshangUser outsider = fixtures.user(otherCity, Role.STAFF);
        String incoming = incoming(province);
        String key = "k-" + UUID.randomUUID();
        assertThat(send(post("/api/v1/opinion-exchange/incoming", incoming).header("Idempotency-Key", key), outsider)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(post("/api/v1/opinion-exchange/incoming", incoming), staff)
                        .getStatus())
                .as("no idempotency key")
                .isEqualTo(400);
        MockHttpServletResponse first =
                send(post("/api/v1/opinion-exchange/incoming", incoming).header("Idempotency-Key", key), staff);
        MockHttpServletResponse again =
                send(post("/api/v1/opinion-exchange/incoming", incoming).header("Idempotency-Key", key), staff);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from opinion_report where committee_id = ? and idempotency_key = ?")
                        .params(province, key)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCallbackAddressThatIsNotHttpIsRefusedAndNoCopyIsMade() throws Exception {
        String key = "k-" + UUID.randomUUID();
        MockHttpServletResponse refused = send(
                post("/api/v1/opinion-exchange/incoming", incoming(province, "file:///etc/passwd"))
                        .header("Idempotency-Key", key),
                staff);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("回传地址");
        assertThat(jdbc.sql("select count(*) from opinion_report where idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFailedMessageHoldsBackTheLaterOnesToTheSamePlace() {
        String nowhere = "http://127.0.0.1:9/" + UUID.randomUUID();
        String json = "{\"originCommitteeId\":1}";
        RemoteOutbox outbox = new RemoteOutbox(jdbc);
        outbox.enqueue(city, RemoteOutbox.Kind.UPWARD, nowhere, null, "first-" + UUID.randomUUID(), json);
        outbox.enqueue(city, RemoteOutbox.Kind.UPWARD, nowhere, null, "second-" + UUID.randomUUID(), json);
        sender.sendDue(OffsetDateTime.now());
        var messages = jdbc.sql(
                        "select attempts, last_error from opinion_remote_outbox where committee_id = ? order by id")
                .param(city)
                .query((rs, n) -> rs.getInt(1) + ":" + rs.getString(2))
                .list();
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0)).startsWith("1:");
        assertThat(messages.get(1)).isEqualTo("0:null");
    }

    private long committee(Long parent, String level) {
        String name = "远程测试-" + UUID.randomUUID();
        return jdbc.sql("insert into committee (parent_id, name, short_name, level, region) values (?, ?, ?, ?, '测试')"
                        + " returning id")
                .params(parent, name, name, level)
                .query(Long.class)
                .single();
    }

    private static String settings(String token, String callbackToken) {
        return "{\"baseUrl\":\"http://upper.example:8080\",\"remoteCommitteeId\":7,\"token\":%s,"
                        .formatted(token == null ? "null" : "\"" + token + "\"")
                + "\"callbackUrl\":\"http://lower.example:8080\",\"callbackToken\":%s}"
                        .formatted(callbackToken == null ? "null" : "\"" + callbackToken + "\"");
    }

    private String incoming(long target) {
        return incoming(target, "http://lower.example:8080");
    }

    private String incoming(long target, String callbackUrl) {
        return """
                {"originCommitteeId":5,"originCommitteeName":"下级政协","originReportId":42,"targetCommitteeId":%d,
                 "channel":"NORMAL","report":{"year":2026,"title":"关于改善社区养老服务的建议","facts":"事实","analysis":"分析",
                 "suggestions":"建议","category":"SOCIAL","submitterType":"MEMBER","authorNames":"赵信"},
                 "callbackUrl":"%s","callbackToken":"xs_callback"}""".formatted(target, callbackUrl);
    }

    private static String upperPath(long committee) {
        return "/api/v1/opinion-remote/committees/" + committee + "/upper";
    }

    private static MockHttpServletRequestBuilder put(long committee, String json) {
        return put(committee).content(json);
    }

    private static MockHttpServletRequestBuilder put(long committee) {
        return MockMvcRequestBuilders.put(upperPath(committee)).contentType(MediaType.APPLICATION_JSON);
    }

    private static MockHttpServletRequestBuilder post(String path, String json) {
        return MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, XieshangUser as) throws Exception {
        return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
    }
}
