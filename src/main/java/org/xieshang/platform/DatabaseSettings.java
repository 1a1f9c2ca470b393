package org.xieshang.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database lives. With an empty {@code url} the application runs its own PostgreSQL server whose files are
 * kept in {@code dataDir}; otherwise it connects to the external server at {@code url}.
 */
@ConfigurationProperties("xieshang.db")
public record DatabaseSettings(
        String url, String user, String password, Path dataDir, boolean durable, boolean cleanOnClose) {

    public DatabaseSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
