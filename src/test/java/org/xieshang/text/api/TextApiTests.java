package org.xieshang.text.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.IntegrationTest;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class TextApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void normaliseReturnsCleanSimplifiedTextAndWhatWasFixed() throws Exception {
        mvc.perform(call("/api/v1/text/normalise", Map.of("text", "報告指出,一年來,,市政協(xié)統(tǒng)一思想,、凝聚共識,。"))
                        .with(user(member(Set.of("text:use")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("报告指出，一年来，市政协统一思想、凝聚共识。"))
                .andExpect(jsonPath("$.changes.pinyinGlosses").value(2))
                .andExpect(jsonPath("$.changes.strayPunctuation").value(3));
    }

    @Test
    void normaliseCanKeepTraditionalCharacters() throws Exception {
        mvc.perform(call("/api/v1/text/normalise", Map.of("text", "政協(xié)工作", "toSimplified", false))
                        .with(user(member(Set.of("text:use")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("政協工作"));
    }

    @Test
    void convertGivesTheTraditionalView() throws Exception {
        mvc.perform(call("/api/v1/text/convert", Map.of("text", "头发和发展", "to", "TRADITIONAL"))
                        .with(user(member(Set.of("text:use")))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("頭髮和發展"))
                .andExpect(jsonPath("$.script").value("TRADITIONAL"));
    }

    @Test
    void textLongerThanTheLimitIsRefusedWithAChineseMessage() throws Exception {
        String tooLong = "协".repeat(TextLimits.MAX_CHARACTERS + 1);

        mvc.perform(call("/api/v1/text/normalise", Map.of("text", tooLong)).with(user(member(Set.of("text:use")))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("文本过长：一次最多处理 200000 个字符，请分段提交。"));
    }

    @Test
    void missingTextOrTargetScriptIsRefusedFieldByField() throws Exception {
        mvc.perform(call("/api/v1/text/convert", Map.of()).with(user(member(Set.of("text:use")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'text')].message").value("请提供要处理的文本。"))
                .andExpect(jsonPath("$.errors[?(@.field == 'to')].message")
                        .value("请指定目标字形：SIMPLIFIED（简体）或 TRADITIONAL（繁体）。"));
    }

    @Test
    void aCallWithoutSignInIsUnauthorised() throws Exception {
        mvc.perform(call("/api/v1/text/normalise", Map.of("text", "政协")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void aUserWithoutTheTextPermissionIsForbidden() throws Exception {
        mvc.perform(call("/api/v1/text/normalise", Map.of("text", "政协")).with(user(member(Set.of()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyRoleHoldsTheTextPermission() {
        Set<String> roles = Set.copyOf(jdbc.sql("select role from role_permission where permission = 'text:use'")
                .query(String.class)
                .list());

        assertThat(roles)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.Arrays.stream(Role.values()).map(Role::name).toList());
    }

    private MockHttpServletRequestBuilder call(String path, Map<String, ?> body) {
        return post(path).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private static XieshangUser member(Set<String> permissions) {
        return new XieshangUser(
                9001,
                "text-tester",
                "",
                "测试委员",
                1,
                Set.of(1L),
                null,
                null,
                Set.of(Role.MEMBER),
                permissions,
                true,
                false);
    }
}
