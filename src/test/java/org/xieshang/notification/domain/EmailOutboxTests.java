package org.xieshang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.NotificationRequest;
import org.xieshang.notification.Notifications;
import org.xieshang.notification.Notified;
import org.xieshang.notification.Recipient;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * Email goes through the outbox to an in-process SMTP server (GreenMail) on the port the test profile configures; with
 * the server down, the message stays queued and a later run delivers it.
 */
@IntegrationTest
class EmailOutboxTests {

    @Autowired
    Notifications notifications;

    @Autowired
    EmailOutbox outbox;

    @Autowired
    NotificationSettings settings;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    GreenMail smtp;

    @BeforeEach
    void smtpServer() {
        smtp = new GreenMail(new ServerSetup(settings.mail().port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNoticeToAUserWithAnAddressIsSentByEmail() throws Exception {
        smtp.start();
        long committee = fixtures.committee();
        XieshangUser member = fixtures.user(committee, Role.MEMBER);
        String address = uniqueAddress();

        Notified notified = notifications.notify(notice(committee, Recipient.user(member.userId(), address), "a"));
        outbox.sendDue(OffsetDateTime.now());

        assertThat(notified).isEqualTo(new Notified(1, 1));
        MimeMessage mail = receivedBy(address).get(0);
        assertThat(mail.getSubject()).isEqualTo("提案 第12号 已立案");
        assertThat(mail.getContent().toString())
                .contains("您的提案《关于加快长江岸线生态修复的建议》已立案。")
                .contains("http://localhost:8080/proposals/12");
        assertThat(isSent(address)).isTrue();
    }

    @Test
    void aFailingSmtpServerLeavesTheMessageQueuedAndALaterRunSendsIt() throws Exception {
        long committee = fixtures.committee();
        String address = uniqueAddress();
        notifications.notify(notice(committee, Recipient.email(address), "b"));

        outbox.sendDue(OffsetDateTime.now()); // nothing listens on the SMTP port
        assertThat(isSent(address)).isFalse();
        assertThat(jdbc.sql("select attempts from notification_email where recipient = ?")
                        .param(address)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select last_error from notification_email where recipient = ?")
                        .param(address)
                        .query(String.class)
                        .single())
                .isNotBlank();

        smtp.start();
        outbox.sendDue(OffsetDateTime.now()); // still waiting out its back-off
        assertThat(receivedBy(address)).isEmpty();

        outbox.sendDue(OffsetDateTime.now().plusMinutes(2));
        assertThat(receivedBy(address)).hasSize(1);
        assertThat(isSent(address)).isTrue();
    }

    @Test
    void anEventDeliveredTwiceQueuesOneEmail() throws Exception {
        smtp.start();
        long committee = fixtures.committee();
        String address = uniqueAddress();

        notifications.notify(notice(committee, Recipient.email(address), "c"));
        Notified again = notifications.notify(notice(committee, Recipient.email(address), "c"));
        outbox.sendDue(OffsetDateTime.now());
        outbox.sendDue(OffsetDateTime.now().plusHours(1));

        assertThat(again).isEqualTo(Notified.NOTHING);
        assertThat(receivedBy(address)).hasSize(1);
    }

    private static NotificationRequest notice(long committee, Recipient recipient, String occasion) {
        return new NotificationRequest(
                committee,
                List.of(recipient),
                "test.notice",
                List.of("第12号", "关于加快长江岸线生态修复的建议"),
                "/proposals/12",
                NotificationCategory.STATUS_CHANGE,
                "proposal-12-filed-" + occasion);
    }

    private static String uniqueAddress() {
        return "m" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(m).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isSent(String address) {
        return jdbc.sql("select sent_at is not null from notification_email where recipient = ?")
                .param(address)
                .query(Boolean.class)
                .single();
    }
}
