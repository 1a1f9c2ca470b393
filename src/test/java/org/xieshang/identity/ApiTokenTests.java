package org.xieshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenAuthenticatesApiCallsUntilItIsRevoked() throws Exception {
        XieshangUser owner = fixtures.user(fixtures.committee(), Role.STAFF);
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(user(owner))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"导入脚本\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        int id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner.username()));

        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void onlyAHashOfTheSecretIsStored() throws Exception {
        XieshangUser owner = fixtures.user(fixtures.committee(), Role.MEMBER);
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(user(owner))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"脚本\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonPath.read(body, "$.secret");
        long stored = jdbc.sql("select count(*) from api_token where token_hash = ? or token_prefix = ?")
                .params(secret, secret)
                .query(Long.class)
                .single();
        assertThat(stored).isZero();
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer xs_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenWithoutANameIsRefusedWithAChineseFieldMessage() throws Exception {
        XieshangUser owner = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(post("/api/v1/tokens")
                        .with(user(owner))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"validDays\":99999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-input"))
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("请填写令牌名称。"))
                .andExpect(jsonPath("$.errors[?(@.field=='validDays')].message").value("有效天数须在 1 至 3650 之间。"));
        long tokens = jdbc.sql("select count(*) from api_token where user_id = ?")
                .param(owner.userId())
                .query(Long.class)
                .single();
        assertThat(tokens).isZero();
    }
}
