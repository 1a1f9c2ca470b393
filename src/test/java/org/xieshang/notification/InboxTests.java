package org.xieshang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The in-app inbox: notices land once per dedup key, and each user sees and marks only their own. */
@IntegrationTest
class InboxTests {

    @Autowired
    Notifications notifications;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theSameKeyTwiceLeavesOneNotice() {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);

        Notified first = notifications.notify(filed(committee, member, "proposal-12-filed"));
        Notified second = notifications.notify(filed(committee, member, "proposal-12-filed"));

        assertThat(first).isEqualTo(new Notified(1, 0));
        assertThat(second).isEqualTo(Notified.NOTHING);
        assertThat(notices(member)).isEqualTo(1);
        assertThat(notifications.unreadCount(member.userId())).isEqualTo(1);
    }

    @Test
    void aNoticeIsWrittenFromTheCallersBundle() {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        notifications.notify(filed(committee, member, "proposal-12-filed"));

        assertThat(jdbc.sql("select title || '|' || body || '|' || link from notification where user_id = ?")
                        .param(member.userId())
                        .query(String.class)
                        .single())
                .isEqualTo("提案 第12号 已立案|您的提案《关于加快长江岸线生态修复的建议》已立案。|/proposals/12");
    }

    @Test
    void aUserNeverSeesAnotherUsersNotices() throws Exception {
        long committee = fixtures.committee();
        XieshangUser owner = fixtures.user(committee, Role.MEMBER);
        XieshangUser other = fixtures.user(committee, Role.MEMBER);
        long id = onlyNoticeOf(owner, "proposal-12-filed");

        mvc.perform(get("/api/v1/notifications").with(user(other)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/notifications/" + id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/" + id + "/read")
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value(Matchers.containsString("不存在")));
        mvc.perform(post("/inbox/" + id + "/read").with(user(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/inbox").with(user(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("第12号"))));
        assertThat(notifications.unreadCount(owner.userId())).isEqualTo(1);
    }

    @Test
    void markingReadOverTheApiCountsDown() throws Exception {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        long first = onlyNoticeOf(member, "proposal-12-filed");
        notifications.notify(filed(committee, member, "proposal-13-filed"));

        mvc.perform(post("/api/v1/notifications/" + first + "/read")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        mvc.perform(get("/api/v1/notifications/unread-count").with(user(member)))
                .andExpect(jsonPath("$.unread").value(1));
        mvc.perform(get("/api/v1/notifications").param("unread", "true").with(user(member)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/notifications/read-all").with(user(member)).with(csrf()))
                .andExpect(jsonPath("$.marked").value(1));
        assertThat(notifications.unreadCount(member.userId())).isZero();
    }

    @Test
    void theInboxPageListsUnreadFirstAndMarksAllRead() throws Exception {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        long older = onlyNoticeOf(member, "proposal-12-filed");
        notifications.notify(NotificationRequest.toUsers(
                committee, List.of(member.userId()), "test.notice", null, null, "p-99", "第99号", "另一件提案"));
        mvc.perform(post("/inbox/" + older + "/read").with(user(member)).with(csrf()))
                .andExpect(redirectedUrl("/inbox"));

        String page = mvc.perform(get("/inbox").with(user(member)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("第99号")).isLessThan(page.indexOf("第12号"));

        mvc.perform(post("/inbox/read-all").with(user(member)).with(csrf())).andExpect(redirectedUrl("/inbox"));
        assertThat(notifications.unreadCount(member.userId())).isZero();
    }

    @Test
    void openingANoticeMarksItReadAndGoesToItsRecord() throws Exception {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        long id = onlyNoticeOf(member, "proposal-12-filed");

        mvc.perform(post("/inbox/" + id + "/open").with(user(member)).with(csrf()))
                .andExpect(redirectedUrl("/proposals/12"));
        assertThat(notifications.unreadCount(member.userId())).isZero();
    }

    @Test
    void theInboxExportsAsASpreadsheet() throws Exception {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        onlyNoticeOf(member, "proposal-12-filed");

        mvc.perform(get("/inbox/export").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(jdbc.sql("select count(*) from audit_entry where actor_id = ? and action = 'EXPORT'")
                        .param(member.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private NotificationRequest filed(long committee, XieshangUser user, String key) {
        return NotificationRequest.toUsers(
                committee,
                List.of(user.userId()),
                "test.notice",
                "/proposals/12",
                NotificationCategory.STATUS_CHANGE,
                key,
                "第12号",
                "关于加快长江岸线生态修复的建议");
    }

    private long onlyNoticeOf(XieshangUser user, String key) {
        notifications.notify(filed(user.committeeId(), user, key));
        return jdbc.sql("select id from notification where user_id = ? and dedup_key = ?")
                .params(user.userId(), key)
                .query(Long.class)
                .single();
    }

    private long notices(XieshangUser user) {
        return jdbc.sql("select count(*) from notification where user_id = ?")
                .param(user.userId())
                .query(Long.class)
                .single();
    }
}
