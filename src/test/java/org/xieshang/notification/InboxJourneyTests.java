package org.xieshang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.support.BrowserTest;
import org.xieshang.support.Fixtures;

/** On a phone: a member finds a new notice under 消息, unread first, and marks everything read. */
class InboxJourneyTests extends BrowserTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Fixtures fixtures;

    @Test
    void aMemberReadsTheInboxOnAPhone() {
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        notifications.notify(NotificationRequest.toUsers(
                committee,
                List.of(member.userId()),
                "test.notice",
                "/inbox",
                NotificationCategory.STATUS_CHANGE,
                "journey-1",
                "第12号",
                "关于加快长江岸线生态修复的建议"));
        notifications.notify(NotificationRequest.toUsers(
                committee,
                List.of(member.userId()),
                "test.reminder",
                null,
                NotificationCategory.REMINDER,
                "journey-2",
                "第8号",
                7));

        signIn(member.username(), Fixtures.PASSWORD);
        page.click("nav.main a[href='/inbox']");
        assertThat(page.locator("#inbox tbody tr.unread").count()).isEqualTo(2);
        screenshot("inbox-unread");

        page.click("#read-all");
        assertThat(page.locator(".flash").textContent()).contains("2");
        assertThat(page.locator("#inbox tbody tr.unread").count()).isZero();
        screenshot("inbox-read");
    }
}
