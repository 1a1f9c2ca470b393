package org.xieshang.search.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.XieshangApplication;
import org.xieshang.search.Search;
import org.xieshang.search.SimilarRecords;
import org.xieshang.text.ChineseScript;

/**
 * The search benchmarks (see bench/README.md). Starts the application on its own embedded database folder, without
 * demo data, then {@code generate PROPOSALS REPORTS} fills the index with synthetic records and/or {@code measure
 * SAMPLES} times the search operations against a plain SELECT by id, writing a Markdown table to {@code target/bench}.
 */
public final class SearchBench {

    private SearchBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.out.println(
                    "usage: SearchBench [generate PROPOSALS REPORTS] [measure SAMPLES] [quality] [hold SECONDS]");
            return;
        }
        String dataDir = System.getProperty("bench.data-dir", "target/bench-data");
        try (ConfigurableApplicationContext app = start(dataDir)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("generate")) {
                    generate(app, Long.parseLong(args[++i]), Long.parseLong(args[++i]));
                } else if (args[i].equals("quality")) {
                    quality(app);
                } else if (args[i].equals("hold")) {
                    hold(app, Integer.parseInt(args[++i]));
                } else if (args[i].equals("measure")) {
                    measure(app, Integer.parseInt(args[++i]), dataDir);
                } else {
                    throw new IllegalArgumentException("Unknown command " + args[i]);
                }
            }
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        // command-line arguments, because they take precedence over application.yml (default properties do not);
        // -Dxieshang.… system properties given to the benchmark are passed on, to try other settings
        List<String> args = new ArrayList<>(List.of(
                "--xieshang.db.data-dir=" + dataDir,
                "--xieshang.db.durable=false",
                "--xieshang.demo.mode=NEVER",
                "--xieshang.notification.outbox.cron=-",
                "--xieshang.notification.reminders.cron=-",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.io.zonky=INFO"));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("xieshang."))
                .forEach(name -> args.add("--" + name + "=" + System.getProperty(name)));
        return new SpringApplicationBuilder(XieshangApplication.class).run(args.toArray(String[]::new));
    }

    /** Keeps the database up for a while, to look at query plans with psql. */
    private static void hold(ConfigurableApplicationContext app, int seconds) {
        String url = app.getBean(JdbcClient.class)
                .sql("select 'port ' || current_setting('port')")
                .query(String.class)
                .single();
        System.out.println("Database up (" + url + ", user postgres) for " + seconds + " s");
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The machine may be shared: the load says how far the figures can be trusted. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void generate(ConfigurableApplicationContext app, long proposals, long reports) {
        System.out.printf("Generating %,d proposals and %,d reports%n", proposals, reports);
        long started = System.nanoTime();
        new BulkLoad(app.getBean(JdbcTemplate.class), app.getBean(org.xieshang.search.domain.BulkIndex.class))
                .load(proposals, reports);
        System.out.printf("Loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void quality(ConfigurableApplicationContext app) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Search quality, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        lines.add("");
        lines.addAll(new QualityBench(app).run());
        write(lines, "target/bench/search-quality.md");
    }

    private static void write(List<String> lines, String file) throws IOException {
        lines.forEach(System.out::println);
        Path out = Path.of(file);
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println("Written to " + out);
    }

    private static void measure(ConfigurableApplicationContext app, int samples, String dataDir) throws IOException {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        List<String> lines = new ArrayList<>();
        lines.add("# Search latency, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        lines.add("");
        lines.add("Index: "
                + jdbc.sql("select string_agg(record_type || ' ' || n, ', ' order by record_type) from"
                                + " (select record_type, count(*) n from search_document group by record_type) t")
                        .query(String.class)
                        .single()
                + "; database " + dataDir + "; " + Runtime.getRuntime().availableProcessors() + " cores; load average "
                + loadAverage() + " at the start.");
        lines.add("");
        lines.add("| operation | samples | p50 ms | p95 ms | p99 ms | max ms | p95 ÷ SELECT-by-id p95 |");
        lines.add("|---|---|---|---|---|---|---|");
        List<Timings> timings = new LatencyBench(
                        app.getBean(Search.class),
                        app.getBean(SimilarRecords.class),
                        jdbc,
                        app.getBean(ChineseScript.class))
                .run(samples);
        double baseline = timings.get(0).percentile(95);
        timings.forEach(t -> lines.add(t.row(baseline)));
        lines.add("");
        lines.add("Slowest calls:");
        lines.add("");
        timings.forEach(t -> t.slowest().forEach(call -> lines.add("- " + t.name() + ": " + call)));
        lines.add("");
        lines.add("Load average at the end: " + loadAverage() + ".");
        write(lines, "target/bench/search-latency.md");
    }
}
