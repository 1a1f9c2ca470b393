package org.xieshang.opinion.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xieshang.platform.DatabaseSettings;

/** Back-off doubles up to its cap; stored tokens are sealed with the installation's key and open only with it. */
class RemoteSettingsTests {

    @TempDir
    Path dir;

    @Test
    void theWaitAfterAFailureDoublesUpToTheCap() {
        RemoteSettings settings =
                new RemoteSettings(null, Duration.ofSeconds(10), Duration.ofMinutes(1), null, null, null, null, null);
        assertThat(settings.backOff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backOff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backOff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backOff(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backOff(500)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void resultsGoOnlyToHttpAddressesOfTheListedHosts() {
        RemoteSettings open = new RemoteSettings(null, null, null, null, null, null, null, null);
        assertThat(open.allowsCallback("https://xieshang.luzhou.example")).isTrue();
        assertThat(open.allowsCallback("file:///etc/passwd")).isFalse();
        assertThat(open.allowsCallback("not a url")).isFalse();
        RemoteSettings listed =
                new RemoteSettings(null, null, null, null, null, null, null, List.of("Xieshang.Luzhou.example"));
        assertThat(listed.allowsCallback("https://xieshang.luzhou.example:8443/"))
                .isTrue();
        assertThat(listed.allowsCallback("http://169.254.169.254/latest")).isFalse();
    }

    @Test
    void aSealedTokenOpensWithTheKeyFileKeptBesideTheData() throws Exception {
        SecretBox box = box(null);
        String sealed = box.seal("xs_secret-token");
        assertThat(sealed).doesNotContain("secret");
        assertThat(box.seal("xs_secret-token")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(Files.exists(dir.resolve("opinion-remote.key"))).isTrue();
        assertThat(box(null).open(sealed)).as("after a restart").isEqualTo("xs_secret-token");
    }

    @Test
    void aConfiguredSecretIsTheKeyAndNoFileIsWritten() {
        String sealed = box("installation secret").seal("xs_token");
        assertThat(box("installation secret").open(sealed)).isEqualTo("xs_token");
        assertThat(Files.exists(dir.resolve("opinion-remote.key"))).isFalse();
    }

    private SecretBox box(String secret) {
        return new SecretBox(
                new RemoteSettings(null, null, null, null, null, secret, null, null),
                new DatabaseSettings(null, null, null, dir, false, false));
    }
}
