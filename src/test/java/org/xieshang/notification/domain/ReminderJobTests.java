package org.xieshang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.Recipient;
import org.xieshang.notification.Reminder;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/** The daily reminder job: deduplicated per reminder, and run by one node at a time. */
@IntegrationTest
class ReminderJobTests {

    @Autowired
    NotificationJobs jobs;

    @Autowired
    ScriptedReminders source;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void idle() {
        source.reset();
    }

    @Test
    void theJobRunTwiceSendsEachReminderOnce() {
        long committee = fixtures.committee();
        XieshangUser unit = fixtures.user(committee, Role.HANDLING_UNIT);
        source.willReturn(List.of(reminder(committee, unit, 15), reminder(committee, unit, 7)));

        jobs.sendReminders();
        jobs.sendReminders();

        assertThat(titlesOf(unit)).containsExactlyInAnyOrder("提案 第7号 距答复期限还有 15 天", "提案 第7号 距答复期限还有 7 天");
    }

    @Test
    void aReminderStillDueTheNextDayIsNotRepeated() {
        long committee = fixtures.committee();
        XieshangUser unit = fixtures.user(committee, Role.HANDLING_UNIT);
        source.willReturn(List.of(reminder(committee, unit, 15)));
        jobs.sendReminders();

        source.willReturn(List.of(reminder(committee, unit, 15), reminder(committee, unit, 7)));
        jobs.sendReminders();

        assertThat(titlesOf(unit)).hasSize(2);
    }

    @Test
    void twoNodesStartingTheJobTogetherRunItOnce() throws Exception {
        long committee = fixtures.committee();
        XieshangUser unit = fixtures.user(committee, Role.HANDLING_UNIT);
        source.willReturn(List.of(reminder(committee, unit, 15)));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        source.holdNextCall(entered, release);

        CompletableFuture<Void> firstNode = CompletableFuture.runAsync(jobs::sendReminders);
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        jobs.sendReminders(); // the second node finds the lock taken and returns at once
        assertThat(source.calls()).isEqualTo(1);

        release.countDown();
        firstNode.get(30, TimeUnit.SECONDS);
        assertThat(titlesOf(unit)).hasSize(1);
        assertThat(lockedUntilPassed()).isTrue();
    }

    private static Reminder reminder(long committee, XieshangUser user, int daysLeft) {
        return new Reminder(
                committee,
                List.of(Recipient.user(user.userId())),
                "test.reminder",
                List.of("第7号", daysLeft),
                "/proposals/7",
                NotificationCategory.REMINDER,
                "proposal-7-due-T" + daysLeft);
    }

    private List<String> titlesOf(XieshangUser user) {
        return jdbc.sql("select title from notification where user_id = ?")
                .param(user.userId())
                .query(String.class)
                .list();
    }

    /** After the run the lock row is free again (the tests hold it for no extra time). */
    private boolean lockedUntilPassed() {
        return jdbc.sql(
                        "select lock_until <= timezone('utc', now()) from shedlock where name = 'notification-reminders'")
                .query(Boolean.class)
                .single();
    }
}
