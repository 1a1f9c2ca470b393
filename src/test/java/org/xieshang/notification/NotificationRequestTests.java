package org.xieshang.notification;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a notice must carry; a caller's mistake fails at once, in the caller's transaction. */
class NotificationRequestTests {

    @Test
    void aLinkLeavingThePlatformIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> request("https://example.org/phish", "k"));
        assertThatIllegalArgumentException().isThrownBy(() -> request("//example.org/phish", "k"));
        assertThatIllegalArgumentException().isThrownBy(() -> request("javascript:alert(1)", "k"));
        assertThatNoException().isThrownBy(() -> request("/proposals/12", "k"));
        assertThatNoException().isThrownBy(() -> request(null, "k"));
    }

    @Test
    void aNoticeNeedsARecipient() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new NotificationRequest(1, List.of(), "k", null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Recipient(null, " "));
        assertThatIllegalArgumentException().isThrownBy(() -> Recipient.email("not-an-address"));
    }

    @Test
    void aReminderWithoutADedupKeyIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Reminder(1, List.of(Recipient.user(1)), "k", List.of(), null, null, " "));
    }

    @Test
    void aReminderIsARemindersCategoryByDefault() {
        Reminder reminder = new Reminder(1, List.of(Recipient.user(1)), "k", null, null, null, "r-1");
        org.assertj.core.api.Assertions.assertThat(reminder.toRequest().category())
                .isEqualTo(NotificationCategory.REMINDER);
    }

    private static NotificationRequest request(String link, String key) {
        return new NotificationRequest(1, List.of(Recipient.user(1)), "k", null, link, null, key);
    }
}
