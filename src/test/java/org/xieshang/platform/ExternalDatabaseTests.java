package org.xieshang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xieshang.XieshangApplication;

/** With XIESHANG_DB_URL the platform uses that server: no embedded server, migrations applied, no demo data. */
class ExternalDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void anExternalDatabaseIsMigratedAndNeverFilledWithDemoData() throws Exception {
        try (EmbeddedDatabase external = EmbeddedDatabase.start(dir.resolve("external"), false, true)) {
            Path unusedDataDir = dir.resolve("unused");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(XieshangApplication.class)
                    .run(
                            // the same properties XIESHANG_DB_URL, _USER and _PASSWORD set through application.yml
                            "--xieshang.db.url=" + external.jdbcUrl(),
                            "--spring.datasource.url=" + external.jdbcUrl(),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres",
                            "--xieshang.db.data-dir=" + unusedDataDir,
                            "--server.port=0")) {
                assertThat(app.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            }
            assertThat(Files.exists(unusedDataDir)).isFalse();
            assertThat(count(external, "select count(*) from flyway_schema_history where success"))
                    .isPositive();
            assertThat(count(external, "select count(*) from demo_load")).isZero();
            assertThat(count(external, "select count(*) from app_user")).isZero();
        }
    }

    private static long count(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
