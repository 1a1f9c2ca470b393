package org.xieshang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SMTP settings as the environment variables give them: empty values mean "not set". */
class NotificationSettingsTests {

    @Test
    void withoutAHostEmailIsOff() {
        assertThat(new NotificationSettings.Mail("", null, "", "", "", false).enabled())
                .isFalse();
        assertThat(new NotificationSettings.Mail("smtp.example.org", null, null, null, null, false).enabled())
                .isTrue();
    }

    @Test
    void aPasswordWithoutAUserIsNotUsedToLogIn() {
        NotificationSettings.Mail mail =
                new NotificationSettings.Mail("smtp.example.org", null, "", "secret", "", false);
        assertThat(mail.username()).isNull();
        assertThat(mail.password()).isNull();
    }

    @Test
    void thePortDefaultsToTheProtocols() {
        assertThat(new NotificationSettings.Mail("h", null, null, null, null, false).port())
                .isEqualTo(25);
        assertThat(new NotificationSettings.Mail("h", null, null, null, null, true).port())
                .isEqualTo(465);
    }

    @Test
    void emailLinksHaveNoDoubleSlash() {
        NotificationSettings settings = new NotificationSettings("https://xieshang.example.org/", null, null, null);
        assertThat(settings.baseUrl()).isEqualTo("https://xieshang.example.org");
        assertThat(settings.outbox().retryBase()).hasMinutes(1);
    }
}
