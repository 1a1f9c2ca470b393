package org.xieshang.proposal.notify;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.xieshang.proposal.ProposalAssignment;

/**
 * Every morning, locks the assignments whose contest window (default 10 days) passed without an answer, so handling
 * starts and deadlines run. One node runs it (ShedLock); running it twice locks nothing twice.
 */
@Component
class AssignmentWindowJob {

    private static final Logger log = LoggerFactory.getLogger(AssignmentWindowJob.class);

    private final ProposalAssignment assignment;

    AssignmentWindowJob(ProposalAssignment assignment) {
        this.assignment = assignment;
    }

    @Scheduled(
            cron = "${xieshang.proposal.window-job.cron:0 30 7 * * *}",
            zone = "${xieshang.proposal.window-job.zone:Asia/Shanghai}")
    @SchedulerLock(name = "proposal-assignment-windows", lockAtMostFor = "PT30M")
    void settle() {
        int locked = assignment.settleExpiredWindows();
        if (locked > 0) {
            log.info("Locked {} assignments whose contest window had passed", locked);
        }
    }
}
