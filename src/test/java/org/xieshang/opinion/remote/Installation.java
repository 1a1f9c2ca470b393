package org.xieshang.opinion.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.XieshangApplication;
import org.xieshang.identity.domain.ApiTokens;
import org.xieshang.identity.domain.SignInService;
import org.xieshang.organisation.CommitteeLevel;

/**
 * One complete installation for the two-installation test: the application on its own embedded PostgreSQL folder and
 * its own port (kept across a restart, so the other side's configuration stays right), without demo data; the test
 * writes the few committees and accounts it needs, and talks to it over HTTP with bearer tokens. Beans are created on
 * first use (lazy initialisation; scheduled jobs still start at once), which halves the start on a busy machine.
 */
final class Installation implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir;
    private final int port;
    private ConfigurableApplicationContext context;

    private Installation(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static Installation start(Path dataDir) throws IOException {
        Installation installation = new Installation(dataDir, freePort());
        installation.start();
        return installation;
    }

    void start() {
        context = new SpringApplicationBuilder(XieshangApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--xieshang.db.data-dir=" + dataDir,
                        "--xieshang.db.clean-on-close=false",
                        "--xieshang.demo.mode=NEVER",
                        "--server.port=" + port,
                        "--xieshang.opinion-remote.interval=PT0.3S",
                        "--xieshang.opinion-remote.retry-base=PT0.2S",
                        "--xieshang.opinion-remote.retry-cap=PT1S",
                        "--xieshang.opinion-remote.connect-timeout=PT1S",
                        "--spring.main.banner-mode=off",
                        "--spring.main.lazy-initialization=true");
    }

    void stop() {
        context.close();
        context = null;
    }

    @Override
    public void close() {
        if (context != null) {
            stop();
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    long committee(Long parent, String name, CommitteeLevel level) {
        return jdbc().sql("insert into committee (parent_id, name, short_name, level, region) values (?, ?, ?, ?, ?)"
                        + " returning id")
                .params(parent, name, name, level.name(), name)
                .query(Long.class)
                .single();
    }

    long member(long committeeId, String name) {
        long sector = jdbc().sql("insert into sector (committee_id, name) values (?, ?) returning id")
                .params(committeeId, "界别-" + UUID.randomUUID())
                .query(Long.class)
                .single();
        return jdbc().sql("insert into member (committee_id, name, sex, ethnicity, political_affiliation, sector_id)"
                        + " values (?, ?, 'FEMALE', 'HAN', 'NONE', ?) returning id")
                .params(committeeId, name, sector)
                .query(Long.class)
                .single();
    }

    /** An account with one role, and a bearer token for it. */
    String account(long committeeId, String username, String role, Long memberId) {
        long userId = jdbc().sql("insert into app_user (committee_id, username, password_hash, display_name, member_id)"
                        + " values (?, ?, 'unused', ?, ?) returning id")
                .params(committeeId, username, username, memberId)
                .query(Long.class)
                .single();
        jdbc().sql("insert into user_role (user_id, role) values (?, ?)")
                .params(userId, role)
                .update();
        var principal = context.getBean(SignInService.class).principal(userId);
        return context.getBean(ApiTokens.class).create(principal, "test", null).secret();
    }

    HttpResponse<String> send(String method, String token, String path, String json, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body; fails the test on an HTTP error. */
    String call(String method, String token, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, token, path, json, null);
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " → HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
