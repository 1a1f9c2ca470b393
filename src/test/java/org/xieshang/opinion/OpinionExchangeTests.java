package org.xieshang.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.opinion.OpinionTestSupport.Tree;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.support.IntegrationTest;

/**
 * The receiving end between committees is idempotent: the same delivery twice (or at the same time) makes one copy,
 * the same outcome twice is recorded and credited once. Issue numbers stay gap-free when issues are published at once.
 */
@IntegrationTest
class OpinionExchangeTests {

    @Autowired
    OpinionExchange exchange;

    @Autowired
    OpinionIssues issues;

    @Autowired
    OpinionTestSupport support;

    @Autowired
    MockMvc mvc;

    OpinionApiClient api;

    @Autowired
    JdbcClient jdbc;

    Tree tree;
    long memberId;
    XieshangUser member;
    XieshangUser staff;

    @BeforeEach
    void tree() {
        api = new OpinionApiClient(mvc);
        tree = support.tree(false);
        memberId = support.member(tree.city(), "赵信");
        member = support.user(tree.city(), Role.MEMBER, memberId);
        staff = support.user(tree.city(), Role.STAFF, null);
    }

    @Test
    void aSecondDeliveryOfTheSameKeyReturnsTheFirstCopy() throws Exception {
        long id = accepted("关于规范城区占道经营的建议");
        UpwardDelivery delivery = delivery(id, "key-" + UUID.randomUUID());
        UpwardReceipt first = exchange.receiveUpward(delivery);
        UpwardReceipt second = exchange.receiveUpward(delivery);
        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.reportId()).isEqualTo(first.reportId());
        assertThat(copies(delivery.idempotencyKey())).isEqualTo(1);
        assertThat(outcomes(id, "RECEIVED")).isEqualTo(1);
    }

    @Test
    void theSameDeliveryArrivingTwiceAtOnceMakesOneCopy() throws Exception {
        long id = accepted("关于加强校园周边安全治理的建议");
        UpwardDelivery delivery = delivery(id, "key-" + UUID.randomUUID());
        List<UpwardReceipt> receipts = concurrently(2, () -> exchange.receiveUpward(delivery));
        assertThat(receipts)
                .extracting(UpwardReceipt::reportId)
                .containsOnly(receipts.get(0).reportId());
        assertThat(receipts).extracting(UpwardReceipt::created).containsExactlyInAnyOrder(true, false);
        assertThat(copies(delivery.idempotencyKey())).isEqualTo(1);
    }

    @Test
    void aRepeatedOutcomeIsRecordedAndCreditedOnce() throws Exception {
        long id = accepted("关于优化公交线网的建议");
        LevelRef province = new LevelRef(tree.province(), "P", CommitteeLevel.PROVINCIAL);
        Outcome adopted =
                new Outcome(OutcomeType.ADOPTED, AdoptionKind.SINGLE, null, null, null, null, LocalDate.now());
        String key = "outcome-" + UUID.randomUUID();
        assertThat(exchange.receiveOutcome(id, province, adopted, key)).isTrue();
        assertThat(exchange.receiveOutcome(id, province, adopted, key)).isFalse();
        assertThat(outcomes(id, "ADOPTED")).isEqualTo(1);
        assertThat(jdbc.sql("select sum(points) from opinion_points_entry where report_id = ? and beneficiary_type"
                                + " = 'MEMBER' and rule_code = 'PROVINCIAL_ADOPTION'")
                        .param(id)
                        .query(Double.class)
                        .single())
                .isEqualTo(5.0);
    }

    @Test
    void issuesPublishedAtTheSameTimeGetConsecutiveNumbersWithoutGaps() throws Exception {
        int count = 5;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long report = accepted("关于第" + i + "项工作的建议");
            drafts.add(OpinionTestSupport.as(
                    staff,
                    () -> issues.create(new IssueDraft(
                            2031,
                            List.of("GOVERNMENT"),
                            List.of(new IssueDraft.PieceDraft(PieceKind.SINGLE, null, null, List.of(report)))))));
        }
        List<Callable<Integer>> publishers = new ArrayList<>();
        for (long draft : drafts) {
            publishers.add(() ->
                    OpinionTestSupport.as(staff, () -> issues.publish(draft, 0).number()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Integer> numbers = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(publishers)) {
                numbers.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        String listed = api.ok(api.get(staff, "/api/v1/opinion-issues?state=PUBLISHED&year=2031"));
        assertThat(JsonPath.<List<Integer>>read(listed, "$.items[*].number")).containsExactly(5, 4, 3, 2, 1);
        assertThat(JsonPath.<List<Integer>>read(listed, "$.items[*].reportCount"))
                .containsOnly(1);
    }

    private long accepted(String title) throws Exception {
        long id = api.submit(member, "待核稿信息");
        api.accept(staff, id, title);
        return id;
    }

    private UpwardDelivery delivery(long id, String key) {
        return new UpwardDelivery(
                tree.city(),
                "C",
                id,
                tree.province(),
                UpwardChannel.NORMAL,
                key,
                new CopiedReport(2026, "t", "f", "a", "s", "URBAN", SubmitterType.MEMBER, null, "赵信"));
    }

    private long copies(String key) {
        return jdbc.sql("select count(*) from opinion_report where idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private long outcomes(long reportId, String type) {
        return jdbc.sql("select count(*) from opinion_outcome where report_id = ? and type = ?")
                .params(reportId, type)
                .query(Long.class)
                .single();
    }

    private static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                tasks.add(work);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(tasks)) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
