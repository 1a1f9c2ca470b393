package org.xieshang.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** Large font and the traditional-Chinese view are kept per user and shape every page they see. */
@IntegrationTest
class DisplayPreferencesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void largeFontIsKeptForTheUser() throws Exception {
        XieshangUser member = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(get("/").with(user(member)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("class=\"large-font\""))));
        mvc.perform(post("/preferences/large-font")
                        .param("on", "true")
                        .header("Referer", "http://evil.example//x")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").with(user(member)))
                .andExpect(content().string(Matchers.containsString("class=\"large-font\"")));
    }

    @Test
    void aUserWhoChoseTraditionalSeesEveryPageInTraditional() throws Exception {
        XieshangUser member = fixtures.user(fixtures.committee(), Role.MEMBER);
        mvc.perform(get("/").with(user(member)))
                .andExpect(content().string(Matchers.containsString("请从上方菜单选择要办理的工作。")));
        mvc.perform(post("/preferences/script")
                        .param("traditional", "true")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("請從上方菜單選擇要辦理的工作。")))
                .andExpect(content().string(Matchers.containsString("lang=\"zh-Hant\"")));
        // the API keeps answering in the stored script
        mvc.perform(get("/api/v1/users/me").with(user(member)))
                .andExpect(content().string(Matchers.containsString("测试用户")));
    }

    @Test
    void excelExportsFromPagesFollowTheUsersScript() throws Exception {
        XieshangUser staff = fixtures.user(fixtures.committee(), Role.STAFF);
        mvc.perform(post("/preferences/script")
                        .param("traditional", "true")
                        .with(user(staff))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] xlsx = mvc.perform(get("/members/export").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            java.util.List<String> headers = new java.util.ArrayList<>();
            book.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            org.assertj.core.api.Assertions.assertThat(headers).contains("性別", "工作單位", "電子郵箱");
        }
    }
}
