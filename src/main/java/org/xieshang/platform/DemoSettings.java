package org.xieshang.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** When to load the demo dataset: AUTO loads it into the embedded database only, unless told to load into external. */
@ConfigurationProperties("xieshang.demo")
public record DemoSettings(Mode mode, boolean loadIntoExternal) {

    public enum Mode {
        AUTO,
        ALWAYS,
        NEVER
    }

    public DemoSettings {
        mode = mode == null ? Mode.AUTO : mode;
    }

    /** True when demo accounts exist, so the login page may list them. */
    public boolean demoAccountsShown(DatabaseSettings database) {
        return mode != Mode.NEVER && (database.embedded() || loadIntoExternal);
    }
}
