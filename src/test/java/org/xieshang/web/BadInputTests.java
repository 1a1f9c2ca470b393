package org.xieshang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** Malformed or out-of-range input gets 400 with a Chinese message per field, and nothing is saved. */
@IntegrationTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMalformedUserIsRefusedFieldByFieldAndNotSaved() throws Exception {
        XieshangUser admin = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"a b\",\"displayName\":\"\",\"password\":\"short\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("填写内容有误，请按各项提示修改。"))
                .andExpect(jsonPath("$.errors[?(@.field=='username')].message").value("用户名为 3 至 40 位字母、数字或 _ . -。"))
                .andExpect(
                        jsonPath("$.errors[?(@.field=='displayName')].message").value("请填写姓名。"))
                .andExpect(jsonPath("$.errors[?(@.field=='roles')].message").value("请至少选择一个角色。"));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'a b'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aWeakPasswordIsRefusedInChinese() throws Exception {
        XieshangUser admin = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak-one\",\"displayName\":\"张三\",\"password\":\"abcdefghijk\","
                                + "\"roles\":[\"MEMBER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("密码必须同时包含字母和数字。"));
        assertThat(jdbc.sql("select count(*) from app_user where username = 'weak-one'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInTheAnswer() throws Exception {
        XieshangUser admin = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(get("/api/v1/users").param("page", "abc").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("取值格式不正确。"));
        mvc.perform(get("/api/v1/users").param("role", "KING").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\",\"roles\":\"not-a-list\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-body"));
        mvc.perform(post("/api/v1/users")
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x1234\",\"roles\":[\"KING\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message").value("取值格式不正确。"));
    }

    @Test
    void anOutOfRangePageIsRefused() throws Exception {
        XieshangUser admin = fixtures.user(fixtures.committee(), Role.ADMIN);
        mvc.perform(get("/api/v1/users").param("size", "5000").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("每页条数须在 1 至 200 之间。"));
        mvc.perform(get("/admin/users").param("page", "0").with(user(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("页码须为 1 或更大的整数。")));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long committee = fixtures.committee();
        XieshangUser admin = fixtures.user(committee, Role.ADMIN);
        XieshangUser target = fixtures.user(committee, Role.MEMBER);
        String body = "{\"displayName\":\"%s\",\"enabled\":true,\"roles\":[\"MEMBER\"],\"version\":0}";
        mvc.perform(put("/api/v1/users/" + target.userId())
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("新名字")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/" + target.userId())
                        .with(user(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("另一个名字")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale"));
        String name = jdbc.sql("select display_name from app_user where id = ?")
                .param(target.userId())
                .query(String.class)
                .single();
        assertThat(name).isEqualTo("新名字");
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        String json = mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Object) JsonPath.read(json, "$.paths['/api/v1/users/me']")).isNotNull();
    }
}
