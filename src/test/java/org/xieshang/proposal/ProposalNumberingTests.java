package org.xieshang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xieshang.proposal.ProposalReview.Filed;
import org.xieshang.proposal.domain.Refusals;
import org.xieshang.support.IntegrationTest;

/** Running numbers at submission, official numbers at filing: in sequence per meeting, no gaps, no duplicates. */
@IntegrationTest
class ProposalNumberingTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalReview review;

    @Test
    void fortyFilingsFromEightThreadsAreNumberedOneToFortyWithoutGapsOrDuplicates() throws Exception {
        ProposalTestKit.World world = kit.world(1, 0);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(kit.submitted(world, "Proposal " + i, true));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Filed>> filings = new ArrayList<>();
        for (long id : ids) {
            Callable<Filed> filing = () -> {
                start.await();
                return kit.as(world.staff(), () -> review.file(id));
            };
            filings.add(threads.submit(filing));
        }
        start.countDown();
        List<Filed> filed = new ArrayList<>();
        for (Future<Filed> f : filings) {
            filed.add(f.get());
        }
        threads.shutdown();

        List<Integer> numbers =
                new ArrayList<>(filed.stream().map(Filed::sequenceNo).toList());
        Collections.sort(numbers);
        assertThat(numbers)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(filed).extracting(Filed::officialNumber).contains("九届一次会议第1号", "九届一次会议第40号");
        assertThat(kit.count(
                        "select count(distinct official_number) from proposal where committee_id = ?",
                        world.committeeId()))
                .isEqualTo(40);
    }

    @Test
    void theRunningNumberIsGivenAtSubmissionAndARefusedFilingTakesNoNumber() {
        ProposalTestKit.World world = kit.world(1, 0);
        long first = kit.submitted(world, "first", true);
        long second = kit.submitted(world, "second", true);
        assertThat(kit.count("select running_no from proposal where id = ?", first))
                .isEqualTo(1);
        assertThat(kit.count("select running_no from proposal where id = ?", second))
                .isEqualTo(2);

        kit.as(world.staff(), () -> review.file(first));
        assertThatThrownBy(() -> kit.as(world.staff(), () -> review.file(first)))
                .isInstanceOf(Refusals.ProposalNotInState.class);
        Filed next = kit.as(world.staff(), () -> review.file(second));
        assertThat(next.sequenceNo()).isEqualTo(2);
        assertThat(kit.count(
                        "select count(*) from proposal where committee_id = ? and official_number is not null",
                        world.committeeId()))
                .isEqualTo(2);
    }
}
