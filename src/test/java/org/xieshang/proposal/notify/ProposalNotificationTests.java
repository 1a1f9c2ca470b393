package org.xieshang.proposal.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.notification.NotificationCategory;
import org.xieshang.notification.Reminder;
import org.xieshang.proposal.AssignmentMode;
import org.xieshang.proposal.AssignmentRole;
import org.xieshang.proposal.ProposalAssigned;
import org.xieshang.proposal.ProposalFiled;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.IntegrationTest;

/**
 * The listeners tell the people a step concerns, each once even when the event comes twice; the reminder source lists
 * the units' replies due at T−15 and T−7 and tells supervisors about overdue ones.
 */
@IntegrationTest
class ProposalNotificationTests {

    @Autowired
    ProposalTestKit kit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionListeners submission;

    @Autowired
    HandlingListeners handling;

    @Autowired
    ProposalReminders reminders;

    ProposalTestKit.World w;
    long proposer;
    long otherMember;
    long leadUnitUser;
    long coUnitUser;
    long staff;
    long supervisor;

    @BeforeEach
    void setUp() {
        w = kit.world(2, 2);
        proposer = account("MEMBER", w.memberIds().get(0), null);
        otherMember = account("MEMBER", w.memberIds().get(1), null);
        leadUnitUser = account("HANDLING_UNIT", null, w.unitIds().get(0));
        coUnitUser = account("HANDLING_UNIT", null, w.unitIds().get(1));
        staff = account("STAFF", null, null);
        supervisor = account("SUPERVISOR", null, null);
    }

    @Test
    void theProposerIsToldOfTheFilingOnceEvenWhenTheEventIsDeliveredTwice() {
        long id = kit.filed(w, "关于加强社区养老服务的建议");
        ProposalFiled filed = new ProposalFiled(
                id,
                w.committeeId(),
                w.meetingId(),
                1,
                "九届一次会议第1号",
                List.of(w.memberIds().get(0)));
        submission.on(filed);
        submission.on(filed);
        String key = "proposal-" + id + "-filed";
        settle(() -> notices(proposer, key));
        assertThat(notices(proposer, key)).isEqualTo(1);
        assertThat(notices(otherMember, key) + notices(staff, key) + notices(leadUnitUser, key))
                .isZero();
        assertThat(jdbc.sql("select title from notification where user_id = ? and dedup_key = ?")
                        .params(proposer, key)
                        .query(String.class)
                        .single())
                .isEqualTo("提案《关于加强社区养老服务的建议》已立案");
    }

    @Test
    void anAssignmentTasksItsUnitAndTellsTheProposersOnce() {
        long id = kit.filed(w, "关于治理城区噪声的建议");
        List<Long> assignments = kit.assigned(
                w,
                id,
                AssignmentMode.LEAD_WITH_CO,
                List.of(w.unitIds().get(0), w.unitIds().get(1)));
        LocalDate until = LocalDate.now().plusDays(10);
        LocalDate deadline = LocalDate.now().plusMonths(3);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                handling.on(new ProposalAssigned(
                        id,
                        w.committeeId(),
                        assignments.get(i),
                        w.unitIds().get(i),
                        i == 0 ? AssignmentRole.LEAD : AssignmentRole.CO,
                        until,
                        deadline,
                        List.of(w.memberIds().get(0))));
            }
        }
        settle(() ->
                count("select count(*) from notification where dedup_key like ?", "proposal-" + id + "-assigned%"));
        assertThat(notices(leadUnitUser, "proposal-" + id + "-assigned-" + assignments.get(0)))
                .isEqualTo(1);
        assertThat(notices(coUnitUser, "proposal-" + id + "-assigned-" + assignments.get(1)))
                .isEqualTo(1);
        assertThat(notices(leadUnitUser, "proposal-" + id + "-assigned-" + assignments.get(1)))
                .isZero();
        assertThat(notices(proposer, "proposal-" + id + "-assigned-proposers-" + until))
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from notification where user_id = ? and category = 'TASK'"
                                + " and dedup_key like ?",
                        leadUnitUser,
                        "proposal-" + id + "-assigned-%"))
                .isEqualTo(1);
    }

    @Test
    void theReminderSourceRemindsUnitsAtT15AndT7AndSupervisorsWhenOverdue() {
        long id = kit.filed(w, "关于完善农村道路养护的建议");
        long assignment = kit.assigned(
                        w, id, AssignmentMode.SOLE, List.of(w.unitIds().get(0)))
                .get(0);
        LocalDate deadline = jdbc.sql("select deadline from proposal_assignment where id = ?")
                .param(assignment)
                .query(LocalDate.class)
                .single();
        String prefix = "proposal-" + id + "-reply-" + assignment + "-";

        assertThat(mine(deadline.minusDays(15), id)).singleElement().satisfies(r -> {
            assertThat(r.dedupKey()).isEqualTo(prefix + "due-T15");
            assertThat(r.category()).isEqualTo(NotificationCategory.REMINDER);
            assertThat(r.recipients()).extracting(x -> x.userId()).containsExactly(leadUnitUser);
            assertThat(r.link()).isEqualTo("/proposals/" + id);
        });
        assertThat(mine(deadline.minusDays(7), id))
                .singleElement()
                .satisfies(r -> assertThat(r.dedupKey()).isEqualTo(prefix + "due-T7"));
        assertThat(mine(deadline.minusDays(10), id)).isEmpty();
        assertThat(mine(deadline, id)).isEmpty();
        assertThat(mine(deadline.plusDays(1), id)).singleElement().satisfies(r -> {
            assertThat(r.dedupKey()).isEqualTo(prefix + "overdue");
            assertThat(r.category()).isEqualTo(NotificationCategory.OVERDUE);
            assertThat(r.recipients()).extracting(x -> x.userId()).containsExactly(supervisor);
        });
    }

    /**
     * Listeners run asynchronously after the event's transaction (also when called on the bean): waits until the
     * count has stayed the same for a while, so a second, late delivery would have been counted.
     */
    private static void settle(LongSupplier count) {
        long last = -1;
        int stable = 0;
        for (int i = 0; i < 100 && stable < 5; i++) {
            long now = count.getAsLong();
            stable = now == last && now > 0 ? stable + 1 : 0;
            last = now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<Reminder> mine(LocalDate today, long proposalId) {
        return reminders.dueReminders(today).stream()
                .filter(r -> r.dedupKey().startsWith("proposal-" + proposalId + "-"))
                .toList();
    }

    private long notices(long userId, String key) {
        return count("select count(*) from notification where user_id = ? and dedup_key = ?", userId, key);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long account(String role, Long memberId, Long unitId) {
        long id = jdbc.sql("""
                insert into app_user (committee_id, username, password_hash, display_name, member_id, handling_unit_id)
                values (?, ?, '', ?, ?, ?) returning id""")
                .params(w.committeeId(), "n" + System.nanoTime(), role, memberId, unitId)
                .query(Long.class)
                .single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                .params(id, role)
                .update();
        return id;
    }
}
