package org.xieshang.opinion.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xieshang.organisation.CommitteeLevel;

/**
 * Two installations in one JVM, each on its own embedded PostgreSQL: 泸州's (the lower) is configured with 四川's (the
 * upper) as its remote upper committee. A report goes up over the API and its adoption with an instruction comes back
 * down with the member's points, then its revocation takes them back; a report sent while the upper installation is down waits, and arrives exactly once
 * after it is back; a result delivered twice is recorded once.
 */
class TwoInstallationsTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    Installation lower;
    Installation upper;
    long lowerProvince;
    long lowerCity;
    long upperProvince;
    long upperCity;
    String memberToken;
    String infoToken;
    String callbackToken;
    String provinceStaffToken;
    String exchangeToken;

    @Test
    void reportsGoUpAndResultsComeDownOnceEvenAcrossAnOutage() throws Exception {
        ExecutorService starter = Executors.newFixedThreadPool(2);
        Future<Installation> lowerStart = starter.submit(() -> Installation.start(dir.resolve("lower")));
        Future<Installation> upperStart = starter.submit(() -> Installation.start(dir.resolve("upper")));
        try {
            lower = lowerStart.get();
            upper = upperStart.get();
            starter.shutdown();
            seed();
            configure();
            aReportGoesUpAndItsAdoptionComesDown();
            aReportSentWhileTheUpperIsDownArrivesOnceItIsBack();
        } finally {
            starter.shutdownNow();
            closeQuietly(lowerStart);
            closeQuietly(upperStart);
        }
    }

    private void seed() {
        lowerProvince = lower.committee(null, "四川省政协", CommitteeLevel.PROVINCIAL);
        lowerCity = lower.committee(lowerProvince, "泸州市政协", CommitteeLevel.MUNICIPAL);
        long member = lower.member(lowerCity, "赵信");
        memberToken = lower.account(lowerCity, "member", "MEMBER", member);
        infoToken = lower.account(lowerCity, "info", "STAFF", null);
        // the upper installation's account on this one: it delivers results
        callbackToken = lower.account(lowerProvince, "sc-exchange", "STAFF", null);

        // ids differ between the installations: a committee the lower one does not have comes first
        long nation = upper.committee(null, "全国政协", CommitteeLevel.NATIONAL);
        upperProvince = upper.committee(nation, "四川省政协", CommitteeLevel.PROVINCIAL);
        upper.committee(upperProvince, "自贡市政协", CommitteeLevel.MUNICIPAL);
        upperCity = upper.committee(upperProvince, "泸州市政协", CommitteeLevel.MUNICIPAL);
        provinceStaffToken = upper.account(upperProvince, "sc-staff", "STAFF", null);
        // the lower installation's account on this one: it delivers reports
        exchangeToken = upper.account(upperCity, "lz-exchange", "STAFF", null);
        assertThat(upperProvince).isNotEqualTo(lowerProvince);
    }

    private void configure() throws Exception {
        String saved =
                lower.call("PUT", infoToken, "/api/v1/opinion-remote/committees/" + lowerCity + "/upper", """
                {"baseUrl":"%s","remoteCommitteeId":%d,"token":"%s","callbackUrl":"%s","callbackToken":"%s"}""".formatted(
                                upper.url(), upperProvince, exchangeToken, lower.url(), callbackToken));
        assertThat(saved).doesNotContain(exchangeToken).doesNotContain(callbackToken);
        assertThat(lower.jdbc()
                        .sql("select token_cipher from opinion_remote_upper where committee_id = ?")
                        .param(lowerCity)
                        .query(String.class)
                        .single())
                .doesNotContain(exchangeToken);
    }

    private void aReportGoesUpAndItsAdoptionComesDown() throws Exception {
        long report = acceptedReport("关于完善城区停车设施的建议");
        reportUpward(report);
        long copy = await("the copy above", () -> copyOf(report));
        await("the copy's id below", () -> remoteReportId(report).filter(id -> id == copy));
        await("received, below", () -> outcome(report, "RECEIVED"));
        assertThat(upper.jdbc()
                        .sql("select origin_committee_id from opinion_report where id = ?")
                        .param(copy)
                        .query(Long.class)
                        .single())
                .as("the copy names the lower committee as the upper installation knows it")
                .isEqualTo(upperCity);

        int version = JsonPath.read(
                upper.call("GET", provinceStaffToken, "/api/v1/opinion-reports/" + copy, null), "$.version");
        upper.call(
                "POST",
                provinceStaffToken,
                "/api/v1/opinion-reports/" + copy + "/adoption",
                "{\"kind\":\"SINGLE\",\"adoptedOn\":\"%s\",\"version\":%d}".formatted(today(), version));
        upper.call(
                "POST",
                provinceStaffToken,
                "/api/v1/opinion-reports/" + copy + "/instructions",
                "{\"rank\":\"PROVINCIAL\",\"leaderTitle\":\"分管副省长\",\"text\":\"请省发展改革委研究吸纳。\",\"instructedOn\":\"%s\"}"
                        .formatted(today()));

        long adoptedAt = await("adopted, below", () -> outcome(report, "ADOPTED"));
        await("instructed, below", () -> outcome(report, "INSTRUCTED"));
        assertThat(adoptedAt).as("the level is this installation's 四川").isEqualTo(lowerProvince);
        await("the member's points", () -> memberPoints(report).filter(p -> p == 15.0)); // adoption 5 + instruction 10
        String seen = lower.call("GET", memberToken, "/api/v1/opinion-reports/" + report, null);
        assertThat(seen).contains("ADOPTED").contains("四川省政协");

        // a revocation follows its adoption down, never before it, and takes the points back
        int adopted = JsonPath.read(
                upper.call("GET", provinceStaffToken, "/api/v1/opinion-reports/" + copy, null), "$.version");
        upper.call(
                "POST",
                provinceStaffToken,
                "/api/v1/opinion-reports/" + copy + "/adoption/revoke",
                "{\"reason\":\"与已采用信息重复\",\"version\":%d}".formatted(adopted));
        await("revoked, below", () -> outcome(report, "ADOPTION_REVOKED"));
        await("the member's points taken back", () -> memberPoints(report).filter(p -> p == 0.0));
    }

    private void aReportSentWhileTheUpperIsDownArrivesOnceItIsBack() throws Exception {
        upper.stop();
        long report = acceptedReport("关于加强农村饮水安全保障的建议");
        reportUpward(report);
        String key = upwardKey(report);
        await(
                "failed attempts while the upper is down",
                () -> Optional.of(attempts(key)).filter(a -> a >= 2));
        assertThat(remoteReportId(report)).isEmpty();

        upper.start();
        long copy = await("the copy above after the restart", () -> copyOf(report));
        await("received, below", () -> outcome(report, "RECEIVED"));
        assertThat(count(upper, "select count(*) from opinion_report where idempotency_key = ?", key))
                .isEqualTo(1);
        assertThat(count(lower, "select count(*) from opinion_remote_outbox where idempotency_key = ?", key))
                .isEqualTo(1);
        assertThat(remoteReportId(report)).contains(copy);

        aRepeatedDeliveryReturnsTheFirstCopy(report, key, copy);
        aResultDeliveredTwiceIsRecordedOnce(report);
    }

    private void aRepeatedDeliveryReturnsTheFirstCopy(long report, String key, long copy) throws Exception {
        String incoming =
                """
                {"originCommitteeId":%d,"originCommitteeName":"泸州市政协","originReportId":%d,"targetCommitteeId":%d,
                 "channel":"NORMAL","report":{"year":%d,"title":"关于加强农村饮水安全保障的建议","facts":"事实","analysis":"",
                 "suggestions":"建议","category":"URBAN","submitterType":"MEMBER","authorNames":"赵信"},
                 "callbackUrl":"%s","callbackToken":"%s"}""".formatted(lowerCity, report, upperProvince, today().getYear(), lower.url(), callbackToken);
        HttpResponse<String> again =
                upper.send("POST", exchangeToken, "/api/v1/opinion-exchange/incoming", incoming, key);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(((Number) JsonPath.read(again.body(), "$.reportId")).longValue())
                .isEqualTo(copy);
        assertThat((Boolean) JsonPath.read(again.body(), "$.created")).isFalse();
        assertThat(count(upper, "select count(*) from opinion_report where idempotency_key = ?", key))
                .isEqualTo(1);
    }

    private void aResultDeliveredTwiceIsRecordedOnce(long report) throws Exception {
        String result = """
                {"reportId":%d,"level":{"committeeId":%d,"committeeName":"四川省政协","level":"PROVINCIAL"},
                 "outcome":{"type":"ADOPTED","adoptionKind":"FORWARDED","occurredOn":"%s"}}""".formatted(report, upperProvince, today());
        String key = "result-" + UUID.randomUUID();
        HttpResponse<String> first = lower.send("POST", callbackToken, "/api/v1/opinion-exchange/results", result, key);
        HttpResponse<String> second =
                lower.send("POST", callbackToken, "/api/v1/opinion-exchange/results", result, key);
        assertThat(first.body()).contains("\"recorded\":true");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"recorded\":false");
        assertThat(count(lower, "select count(*) from opinion_outcome where idempotency_key = ?", key))
                .isEqualTo(1);
        assertThat(memberPoints(report)).contains(5.0);
        // an account of a committee the report was not sent to cannot tell it anything
        HttpResponse<String> stranger = lower.send(
                "POST", infoToken, "/api/v1/opinion-exchange/results", result, "result-" + UUID.randomUUID());
        assertThat(stranger.statusCode()).isEqualTo(404);
    }

    private long acceptedReport(String title) throws Exception {
        String body = """
                {"title":"%s","facts":"近年来城区停车位缺口较大。","analysis":"规划配建不足，管理分散。",
                 "suggestions":"一是统筹规划；二是盘活存量。","category":"URBAN","submitterType":"MEMBER","submit":true}""".formatted(title);
        long id = ((Number)
                        JsonPath.read(lower.call("POST", memberToken, "/api/v1/opinion-reports", body), "$.report.id"))
                .longValue();
        String path = "/api/v1/opinion-reports/" + id;
        lower.call(
                "POST",
                infoToken,
                path + "/edit",
                "{\"title\":\"%s\",\"body\":\"核稿后的正文。\",\"suggestions\":\"核稿后的建议。\",\"version\":%d}"
                        .formatted(title, version(id)));
        lower.call("POST", infoToken, path + "/sign-off", "{\"version\":%d}".formatted(version(id)));
        lower.call("POST", infoToken, path + "/accept", "{\"version\":%d}".formatted(version(id)));
        return id;
    }

    private void reportUpward(long report) throws Exception {
        String sent = lower.call(
                "POST", infoToken, "/api/v1/opinion-reports/" + report + "/report-upward", "{\"channel\":\"NORMAL\"}");
        assertThat((Object) JsonPath.read(sent, "$.remoteReportId"))
                .as("queued, not delivered in-process")
                .isNull();
    }

    private int version(long id) throws Exception {
        return JsonPath.read(lower.call("GET", infoToken, "/api/v1/opinion-reports/" + id, null), "$.version");
    }

    private Optional<Long> copyOf(long report) {
        return upper.jdbc()
                .sql(
                        "select id from opinion_report where committee_id = ? and origin_id = ? and origin_committee_id = ?")
                .params(upperProvince, report, upperCity)
                .query(Long.class)
                .optional();
    }

    private Optional<Long> remoteReportId(long report) {
        return lower.jdbc()
                .sql("select remote_report_id from opinion_upward where report_id = ? and remote_report_id is not null")
                .param(report)
                .query(Long.class)
                .optional();
    }

    private String upwardKey(long report) {
        return lower.jdbc()
                .sql("select idempotency_key from opinion_upward where report_id = ?")
                .param(report)
                .query(String.class)
                .single();
    }

    private int attempts(String key) {
        return lower.jdbc()
                .sql("select attempts from opinion_remote_outbox where idempotency_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    /** The level (committee id) of the report's outcome of that type, once it is there. */
    private Optional<Long> outcome(long report, String type) {
        return lower.jdbc()
                .sql("select level_committee_id from opinion_outcome where report_id = ? and type = ? limit 1")
                .params(report, type)
                .query(Long.class)
                .optional();
    }

    private Optional<Double> memberPoints(long report) {
        return lower.jdbc()
                .sql("select sum(points) from opinion_points_entry where report_id = ? and beneficiary_type = 'MEMBER'"
                        + " and rule_code <> 'PERIODICAL'")
                .param(report)
                .query(Double.class)
                .optional();
    }

    private static long count(Installation installation, String sql, Object param) {
        return installation.jdbc().sql(sql).param(param).query(Long.class).single();
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static void closeQuietly(Future<Installation> start) {
        try {
            start.get().close();
        } catch (Exception e) {
            // it did not start; nothing to close
        }
    }
}
