package org.xieshang.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the application runs by itself. Guards the data folder with a lock so a second instance fails
 * at once instead of sharing the files, stops a server orphaned by a crashed JVM before starting, and turns fsync and
 * synchronous commit back on (the library turns both off, which would lose acknowledged commits on a crash).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, boolean durable, boolean cleanOnClose) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel =
                FileChannel.open(dataDir.resolve("xieshang.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM (a second application context)
        }
        if (lock == null) {
            channel.close();
            throw new DataFolderInUse(dataDir.toAbsolutePath());
        }
        try {
            Path pgData = dataDir.resolve("pg");
            stopOrphanedServer(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(cleanOnClose)
                    // Spring's shutdown closes the pool first and then this server; the library's own hook would
                    // stop the server while the pool and the event registry still use it
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("full_page_writes", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info(
                    "Embedded PostgreSQL running on port {} with data in {}",
                    postgres.getPort(),
                    pgData.toAbsolutePath());
            return new EmbeddedDatabase(channel, lock, postgres);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /** A server left behind by a JVM that was killed still holds the folder; we own the lock, so it is nobody's. */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0));
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn(
                    "Stopping PostgreSQL process {} left running by an earlier crash",
                    process.get().pid());
            process.get().destroy();
            try {
                process.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException(
                        "The orphaned PostgreSQL process " + process.get().pid() + " did not stop", e);
            }
        }
    }

    private static Optional<ProcessHandle> parsePid(String line) {
        try {
            return ProcessHandle.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("postgres")).orElse(false);
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** Thrown when another running instance owns the data folder. */
    public static final class DataFolderInUse extends IllegalStateException {
        DataFolderInUse(Path dir) {
            super("数据目录 " + dir + " 正被另一个正在运行的协商实例使用，本实例不能启动。"
                    + " The data folder " + dir + " is in use by another running Xieshang instance; stop it first"
                    + " or set XIESHANG_DATA_DIR to another folder.");
        }
    }
}
