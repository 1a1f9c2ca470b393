package org.xieshang.proposal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.ProposalAction;
import org.xieshang.proposal.ProposalDetails;
import org.xieshang.proposal.ProposalQueries;
import org.xieshang.proposal.ProposalStatus;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.support.IntegrationTest;

/**
 * The demo proposals are written with batch SQL, so these tests hold them to the rules the core's services keep: the
 * transition table, numbering, filed ⇔ number, replies only from units assigned to reply.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(1) // checks the demo data before journeys add records
class ProposalDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    ProposalQueries queries;

    long luzhou;

    @BeforeEach
    void setUp() {
        luzhou = organisation.committeeByName("政协泸州市委员会").orElseThrow().id();
    }

    @Test
    void everyStepOfTheDemoHistoriesIsInTheAuditTrailWithWhoAndWhen() {
        long steps = jdbc.sql("select count(*) from proposal_transition where committee_id = ?")
                .param(luzhou)
                .query(Long.class)
                .single();
        long unaudited = jdbc.sql("""
                select count(*) from proposal_transition t
                where t.committee_id = ? and not exists (select 1 from audit_entry a
                    where a.committee_id = t.committee_id and a.target_type = 'proposal'
                    and a.target_id = t.proposal_id::text and a.occurred_at = t.occurred_at
                    and a.actor_name = t.actor_name and a.after_state::jsonb ->> 'action' = t.action)""").param(luzhou).query(Long.class).single();
        long audited = jdbc.sql("select count(*) from audit_entry where committee_id = ? and target_type = 'proposal'")
                .param(luzhou)
                .query(Long.class)
                .single();
        assertThat(steps).isGreaterThan(5000);
        assertThat(unaudited).isZero();
        assertThat(audited).as("one entry a step").isEqualTo(steps);
    }

    @Test
    void everyHistoryIsAChainOfStepsTheTransitionTableAllowsEndingInTheProposalsState() {
        record Row(long proposalId, String action, String fromStatus, String toStatus, String status) {}
        List<Row> rows = jdbc.sql("""
                select t.proposal_id, t.action, t.from_status, t.to_status, p.status
                from proposal_transition t join proposal p on p.id = t.proposal_id
                where p.committee_id = ? order by t.proposal_id, t.occurred_at, t.id""").param(luzhou).query(Row.class).list();
        assertThat(rows).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ProposalAction action = ProposalAction.valueOf(row.action());
            boolean first = i == 0 || rows.get(i - 1).proposalId() != row.proposalId();
            if (first) {
                assertThat(action).as("first step of %s", row.proposalId()).isEqualTo(ProposalAction.CREATE);
            } else {
                assertThat(row.fromStatus())
                        .as("step %s of %s", i, row.proposalId())
                        .isEqualTo(rows.get(i - 1).toStatus());
                assertThat(action.allowedFrom(ProposalStatus.valueOf(row.fromStatus())))
                        .as("%s from %s in %s", action, row.fromStatus(), row.proposalId())
                        .isTrue();
            }
            boolean last = i == rows.size() - 1 || rows.get(i + 1).proposalId() != row.proposalId();
            if (last) {
                assertThat(row.toStatus()).as("end of %s", row.proposalId()).isEqualTo(row.status());
            }
        }
    }

    @Test
    void officialNumbersRunFromOneWithoutGapsPerMeetingAndOnlyFiledProposalsHaveOne() {
        List<Map<String, Object>> meetings = jdbc.sql("""
                select meeting_id, count(*) as n, max(sequence_no) as top, count(distinct sequence_no) as distinct_no
                from proposal where committee_id = ? and sequence_no is not null group by meeting_id""").param(luzhou).query().listOfRows();
        assertThat(meetings).hasSize(2).allSatisfy(m -> {
            assertThat(((Number) m.get("top")).longValue()).isEqualTo(((Number) m.get("n")).longValue());
            assertThat(((Number) m.get("distinct_no")).longValue()).isEqualTo(((Number) m.get("n")).longValue());
        });
        assertThat(count("select count(*) from proposal where committee_id = ? and (filed_at is null) <>"
                        + " (official_number is null)"))
                .isZero();
        assertThat(count("select count(*) from proposal where committee_id = ? and official_number is not null"
                        + " and status in ('SUBMITTED', 'RETURNED', 'NOT_FILED', 'WITHDRAWN', 'DRAFT')"))
                .isZero();
        assertThat(count("select count(distinct running_no) from proposal where committee_id = ?"))
                .isEqualTo(count("select max(running_no) from proposal where committee_id = ?"));
    }

    @Test
    void theCountersContinueAfterTheDemoNumbers() {
        assertThat(count("select last_value from proposal_counter where committee_id = ? and counter_key = 'running'"))
                .isEqualTo(count("select max(running_no) from proposal where committee_id = ?"));
    }

    @Test
    void repliesComeOnlyFromUnitsAssignedToReplyAndEvaluationsOnlyOnSentReplies() {
        assertThat(count("""
                select count(*) from proposal_reply r join proposal_assignment a on a.id = r.assignment_id
                where r.committee_id = ? and (a.proposal_id <> r.proposal_id or a.unit_id <> r.unit_id
                      or a.role = 'CO' or a.status <> 'ACCEPTED')""")).isZero();
        assertThat(count("""
                select count(*) from proposal_evaluation e join proposal_reply r on r.id = e.reply_id
                where e.committee_id = ? and (r.status <> 'SUBMITTED' or r.review_status = 'PENDING')""")).isZero();
        assertThat(count("""
                select count(*) from proposal p where p.committee_id = ?
                  and p.status in ('REPLIED', 'EVALUATED', 'CLOSED')
                  and not exists (select 1 from proposal_reply r where r.proposal_id = p.id)""")).isZero();
    }

    @Test
    void keyProposalsHaveALeaderAndMergedOnesPointAtAFiledPrimaryOfTheSameMeeting() {
        assertThat(count("select count(*) from proposal where committee_id = ? and key_proposal"
                        + " and (key_leader_name is null or key_selected_at is null)"))
                .isZero();
        assertThat(count("""
                select count(*) from proposal m join proposal p on p.id = m.merged_into
                where m.committee_id = ? and (p.meeting_id <> m.meeting_id or p.filed_at is null)""")).isZero();
        assertThat(count("select count(*) from proposal where committee_id = ? and merged_into is not null"))
                .isPositive();
    }

    @Test
    void theCoreReadsEveryKindOfDemoHistory() {
        List<Long> samples = jdbc.sql("select min(id) from proposal where committee_id = ? group by status, kind")
                .param(luzhou)
                .query(Long.class)
                .list();
        XieshangUser staff = kit.user(luzhou, Role.STAFF, null, null);
        for (long id : samples) {
            ProposalDetails details = kit.as(staff, () -> queries.details(id));
            assertThat(details.summary().title()).startsWith("关于").endsWith("的建议");
            assertThat(kit.as(staff, () -> queries.timeline(id))).isNotEmpty();
        }
    }

    @Test
    void theSpreadLooksLikeARealYear() {
        assertThat(count("select count(*) from proposal_reply where committee_id = ? and reply_class = 'C'"))
                .isPositive()
                .isLessThan(count("select count(*) from proposal_reply where committee_id = ? and reply_class = 'B'"));
        assertThat(count("select count(*) from proposal_evaluation where committee_id = ? and lead"
                        + " and satisfaction = 'DISSATISFIED'"))
                .isPositive()
                .isLessThan(count("select count(*) from proposal_evaluation where committee_id = ? and lead"
                                + " and satisfaction = 'SATISFIED'")
                        / 5);
        assertThat(count("select count(distinct category) from proposal where committee_id = ?"))
                .isEqualTo(5);
        assertThat(count("select count(distinct unit_id) from proposal_assignment where committee_id = ?"))
                .isGreaterThan(40);
        assertThat(count("select count(distinct title) from proposal where committee_id = ?"))
                .isGreaterThan(480);
        assertThat(count("select count(*) from proposal where committee_id = ? and conversion_ref is not null"))
                .isPositive();
        assertThat(count("select count(*) from proposal where committee_id = ? and good_proposal"))
                .isPositive();
        assertThat(count("select count(*) from proposal_supervision where committee_id = ?"))
                .isGreaterThan(15);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(luzhou).query(Long.class).single();
    }
}
