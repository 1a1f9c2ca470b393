package org.xieshang.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in rules: how many wrong passwords lock an account, and for how long. */
@ConfigurationProperties("xieshang.identity")
public record IdentitySettings(int maxFailures, Duration lockDuration) {

    public IdentitySettings {
        maxFailures = maxFailures <= 0 ? 5 : maxFailures;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
