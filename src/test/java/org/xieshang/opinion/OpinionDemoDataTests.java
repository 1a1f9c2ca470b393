package org.xieshang.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.CommitteeView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.support.IntegrationTest;

/**
 * The demo year reproduces the public-opinion figures of 泸州市政协's 2022 work report, computed from the records:
 * 2800+ compiled and reported, 34 adopted by the national committee and 160 by the provincial one; 1200+ from parties
 * and 工商联 with 82 of them adopted at national or provincial level; and 泸州 first among Sichuan's municipal committees.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(1) // checks the demo figures before journeys add records
class OpinionDemoDataTests {

    @Autowired
    OpinionStatistics statistics;

    @Autowired
    OpinionPoints points;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    OpinionTestSupport support;

    @Autowired
    MockMvc mvc;

    CommitteeView luzhou;
    XieshangUser staff;

    @BeforeEach
    void signIn() {
        luzhou = organisation.committeeByName("政协泸州市委员会").orElseThrow();
        staff = support.user(luzhou.id(), Role.STAFF, null);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyStepOfTheDemoReportsIsInTheAuditTrailWithWhoAndWhen() {
        long unaudited = jdbc.sql("""
                select count(*) from opinion_report_transition t
                where t.occurred_at < '2024-01-01' and not exists (select 1 from audit_entry a
                    where a.committee_id = t.committee_id and a.target_type = 'opinion-report'
                    and a.target_id = t.report_id::text and a.occurred_at = t.occurred_at
                    and a.actor_name = t.actor_name and a.after_state::jsonb ->> 'action' = t.action)""").query(Long.class).single();
        long steps = jdbc.sql("select count(*) from opinion_report_transition where committee_id = ?")
                .param(luzhou.id())
                .query(Long.class)
                .single();
        assertThat(steps).isGreaterThan(10_000);
        assertThat(unaudited).isZero();
    }

    @Test
    void luzhouStatisticsFor2022ReadAsTheWorkReport() {
        OpinionFigures f = OpinionTestSupport.as(staff, () -> statistics.figures(luzhou.id(), 2022));
        assertThat(f.received().value()).isGreaterThanOrEqualTo(2800);
        assertThat(level(f, CommitteeLevel.NATIONAL).total().value()).isEqualTo(34);
        assertThat(level(f, CommitteeLevel.PROVINCIAL).total().value()).isEqualTo(160);
        OpinionFigures.Breakdown parties = f.bySubmitterType().stream()
                .filter(b -> b.code().equals("PARTY"))
                .findFirst()
                .orElseThrow();
        assertThat(parties.received().value()).isGreaterThanOrEqualTo(1200);
        assertThat(parties.adoptedAbove().value()).isEqualTo(82);
        assertThat(f.issuesPublished().value()).isPositive();
    }

    @Test
    void luzhouLeadsTheMunicipalCommitteesOfSichuan() {
        List<RankingRow> ranking = OpinionTestSupport.as(staff, () -> points.committees(luzhou.parentId(), 2022));
        assertThat(ranking).hasSizeGreaterThan(10);
        assertThat(ranking.get(0).name()).isEqualTo("政协泸州市委员会");
        assertThat(ranking.get(0).rank()).isEqualTo(1);
        assertThat(ranking.get(1).points()).isLessThan(ranking.get(0).points());
    }

    @Test
    void theApiShowsTheSameFiguresAndRanking() throws Exception {
        mvc.perform(get("/api/v1/opinion-statistics").param("year", "2022").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received.value").value(2846))
                .andExpect(jsonPath("$.adoptedByLevel[?(@.level=='NATIONAL')].total.value")
                        .value(34))
                .andExpect(jsonPath("$.adoptedByLevel[?(@.level=='PROVINCIAL')].total.value")
                        .value(160))
                .andExpect(jsonPath("$.bySubmitterType[?(@.code=='PARTY')].received.value")
                        .value(1213))
                .andExpect(jsonPath("$.bySubmitterType[?(@.code=='PARTY')].adoptedAbove.value")
                        .value(82));
        mvc.perform(get("/api/v1/opinion-rankings/committees")
                        .param("year", "2022")
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("政协泸州市委员会"))
                .andExpect(jsonPath("$[0].rank").value(1));
    }

    @Test
    void eachFigureListsExactlyTheRecordsItCounts() throws Exception {
        OpinionFigures f = OpinionTestSupport.as(staff, () -> statistics.figures(luzhou.id(), 2022));
        OpinionFigures.Figure national = level(f, CommitteeLevel.NATIONAL).total();
        mvc.perform(get(national.link()).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(34));
    }

    private static OpinionFigures.LevelFigures level(OpinionFigures f, CommitteeLevel level) {
        return f.adoptedByLevel().stream()
                .filter(l -> l.level() == level)
                .findFirst()
                .orElseThrow();
    }
}
