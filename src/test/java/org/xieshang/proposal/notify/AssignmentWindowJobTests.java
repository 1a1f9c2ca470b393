package org.xieshang.proposal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.xieshang.support.IntegrationTest;

/** The contest-window job is scheduled daily under a database lock, and running it again changes nothing. */
@IntegrationTest
class AssignmentWindowJobTests {

    @Autowired
    AssignmentWindowJob job;

    @Test
    void theJobRunsDailyUnderALockAndIsSafeToRepeat() throws Exception {
        Method settle = AssignmentWindowJob.class.getDeclaredMethod("settle");
        assertThat(settle.getAnnotation(Scheduled.class).cron()).contains("xieshang.proposal.window-job.cron");
        assertThat(settle.getAnnotation(SchedulerLock.class).name()).isEqualTo("proposal-assignment-windows");
        job.settle();
        job.settle();
    }
}
