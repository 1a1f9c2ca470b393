package org.xieshang.opinion.remote;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xieshang.support.BrowserTest;

/**
 * The information office opens the remote upper committee page on a phone and is told, field by field, what is wrong
 * with its input (nothing is saved, so the demo committee keeps reporting within this installation).
 */
class RemoteUpperJourneyTests extends BrowserTest {

    @Test
    void theInformationOfficeIsToldWhatIsWrongWithTheSettings() {
        signIn("info", "Xieshang@2022");
        page.navigate(url("/opinion/remote"));
        assertThat(page.locator("h1")).containsText("远程上级政协");
        assertThat(page.locator("p.empty")).containsText("还没有");

        page.fill("#baseUrl", "ftp://upper.example");
        page.fill("#callbackUrl", "http://lower.example");
        page.click("form.form button[type=submit]");
        assertThat(page.locator("p.field-error").first()).isVisible();
        assertThat(page.locator("form.form")).containsText("请填写以 http:// 或 https:// 开头的地址");
        assertThat(page.locator("form.form")).containsText("请填写上级政协在其系统中的编号");
        assertThat(page.locator("#current-upper")).hasCount(0);
        screenshot("opinion-remote-settings");
    }
}
