package org.xieshang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server keeps committed data across restarts and crashes and never shares its folder. */
class EmbeddedDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void committedRowsSurviveARestart() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true, false)) {
            execute(db, "create table kept (v text)", "insert into kept values ('泸州')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true, false)) {
            assertThat(query(db, "select v from kept")).isEqualTo("泸州");
            assertThat(query(db, "show fsync")).isEqualTo("on");
            assertThat(query(db, "show synchronous_commit")).isEqualTo("on");
            assertThat(query(db, "select datctype from pg_database where datname = current_database()"))
                    .isEqualTo("C.UTF-8");
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedAtOnce() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, false, false)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedDatabase.start(dir, false, false))
                    .isInstanceOf(EmbeddedDatabase.DataFolderInUse.class)
                    .hasMessageContaining("正被另一个正在运行的协商实例使用");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                    .isLessThan(2_000);
            assertThat(query(db, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void afterTheOwnerIsKilledTheNextStartRecoversEveryCommittedRow() throws Exception {
        Process owner = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingOwner.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("owner.log").toFile())
                .start();
        Path ready = dir.resolve("ready");
        for (int i = 0; i < 600 && !Files.exists(ready); i++) {
            Thread.sleep(100);
        }
        assertThat(ready)
                .as(Files.exists(dir.resolve("owner.log")) ? Files.readString(dir.resolve("owner.log")) : "")
                .exists();
        owner.destroyForcibly().waitFor(); // kill -9: postgres is left running, orphaned
        assertThat(Files.exists(dir.resolve("pg/postmaster.pid"))).isTrue();

        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, true, false)) {
            assertThat(query(db, "select count(*) from crash")).isEqualTo("1000");
        }
    }

    /** Run in a child JVM: starts the server, commits 1000 rows one by one, says so, and waits to be killed. */
    static final class CrashingOwner {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            EmbeddedDatabase db = EmbeddedDatabase.start(folder, true, false);
            execute(db, "create table crash (n int)");
            for (int i = 0; i < 1000; i++) {
                execute(db, "insert into crash values (" + i + ")");
            }
            new File(folder.toFile(), "ready").createNewFile();
            Thread.sleep(120_000);
        }
    }

    private static void execute(EmbeddedDatabase db, String... sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
