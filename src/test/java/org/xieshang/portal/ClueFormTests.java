package org.xieshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * The public clue form: real name and contact required, at most 300 characters, CSRF-protected, and at most five clues
 * an hour from one client address or one contact; a refused clue is neither saved nor counted.
 */
@IntegrationTest
class ClueFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    long committee;
    String address;

    @BeforeEach
    void setUp() {
        committee = fixtures.committee();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    @Test
    void theFormIsShownToAnyone() throws Exception {
        String html = mvc.perform(get("/portal/clues/new?committee=" + committee))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("提交提案线索", "真实姓名", "_csrf");
    }

    @Test
    void aClueWithoutNameOrContactIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String html = send(address, "", " ", "城区停车难", "老城区停车位不足。")
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("请填写真实姓名。", "请留下联系方式。", "城区停车难");
        assertThat(clues()).isZero();
    }

    @Test
    void aClueOver300CharactersIsRefusedAndNothingIsSaved() throws Exception {
        String html = send(address, "张三", "13800000000", "城区停车难", "停".repeat(301))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("线索内容不能超过 300 个字。");
        send(address, "张三", "13800000000", "城区停车难", "停".repeat(300)).andExpect(status().isFound());
        assertThat(clues()).isEqualTo(1);
    }

    @Test
    void aClueWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/portal/clues/new?committee=" + committee)
                        .param("name", "张三")
                        .param("contact", "13800000000")
                        .param("title", "t")
                        .param("text", "x"))
                .andExpect(status().isForbidden());
        assertThat(clues()).isZero();
    }

    @Test
    void theSixthClueAnHourFromOneAddressIsRefusedWithItsLimitNamed() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(address, "李四", "lisi" + i + "@example.com", "线索" + i, "建议增设公交站点。")
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/portal?committee=" + committee));
        }
        String html = send(address, "李四", "another@example.com", "线索6", "建议增设公交站点。")
                .andExpect(status().isTooManyRequests())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("提交过于频繁", "每 60 分钟最多提交 5 条线索");
        assertThat(clues()).isEqualTo(5);
    }

    @Test
    void theSixthClueAnHourWithOneContactIsRefusedFromAnyAddress() throws Exception {
        String contact = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        for (int i = 0; i < 5; i++) {
            send("10.200.0." + i, "王五", contact, "线索" + i, "建议整治噪声。").andExpect(status().isFound());
        }
        send("10.201.0.1", "王五", " " + contact + " ", "线索6", "建议整治噪声。").andExpect(status().isTooManyRequests());
        assertThat(clues()).isEqualTo(5);
    }

    private ResultActions send(String from, String name, String contact, String title, String text) throws Exception {
        return mvc.perform(post("/portal/clues/new?committee=" + committee)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })
                .param("name", name)
                .param("contact", contact)
                .param("title", title)
                .param("text", text));
    }

    private long clues() {
        return jdbc.sql("select count(*) from proposal_clue where committee_id = ?")
                .param(committee)
                .query(Long.class)
                .single();
    }
}
