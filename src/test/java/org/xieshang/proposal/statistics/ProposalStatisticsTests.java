package org.xieshang.proposal.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.xieshang.identity.Role;
import org.xieshang.identity.XieshangUser;
import org.xieshang.organisation.MeetingView;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.proposal.ProposalTestKit;
import org.xieshang.shared.Paging;
import org.xieshang.support.Fixtures;
import org.xieshang.support.IntegrationTest;

/**
 * The statistics of issue 3, item 12 on the demo data: 520 / 415 / 16 and 46 / 7 since 九届一次会议, computed from the
 * records; breakdowns adding up; every figure's list holding exactly that many proposals; other committees kept out.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(1) // checks the demo figures before journeys add records
class ProposalStatisticsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProposalTestKit kit;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StatisticsQueries queries;

    @Autowired
    OrganisationDirectory organisation;

    long luzhou;
    long meeting;
    XieshangUser staff;

    @BeforeEach
    void setUp() {
        luzhou = organisation.committeeByName("政协泸州市委员会").orElseThrow().id();
        meeting = organisation.meetings(luzhou).stream()
                .filter(m -> m.termNumber() == 9 && m.number() == 1)
                .map(MeetingView::id)
                .findFirst()
                .orElseThrow();
        staff = fixtures.user(luzhou, Role.STAFF);
    }

    ProposalStatistics sinceMeeting() {
        return kit.as(staff, () -> queries.compute(new StatisticsFilter(luzhou, meeting, null)));
    }

    @Test
    void sinceTheFirstMeetingOfTheNinthTermTheDemoDataShows520Collected415Filed16Key() {
        ProposalStatistics stats = sinceMeeting();
        assertThat(stats.total(Metric.COLLECTED)).isEqualTo(520);
        assertThat(stats.total(Metric.FILED)).isEqualTo(415);
        assertThat(stats.total(Metric.KEY)).isEqualTo(16);
        assertThat(stats.total(Metric.PARTY_COLLECTIVE)).isEqualTo(46);
        assertThat(stats.total(Metric.PARTY_COLLECTIVE_KEY)).isEqualTo(7);
        assertThat(stats.periodLabel()).isEqualTo("九届一次会议以来");
        assertThat(stats.total(Metric.OVERDUE)).isPositive();
        assertThat(stats.total(Metric.MERGED)).isPositive();
    }

    @Test
    void breakdownsAddUpToTheirTotals() {
        ProposalStatistics stats = sinceMeeting();
        assertThat(sum(stats.byCategory())).isEqualTo(stats.total(Metric.COLLECTED));
        assertThat(sum(stats.byKind())).isEqualTo(stats.total(Metric.COLLECTED));
        assertThat(sum(stats.notFiledByReason())).isEqualTo(stats.total(Metric.NOT_FILED));
        assertThat(sum(stats.satisfaction())).isEqualTo(stats.total(Metric.EVALUATED));
        assertThat(stats.units().stream().mapToLong(u -> u.assigned().count()).sum())
                .isEqualTo(stats.assignments());
        assertThat(stats.units().stream().mapToLong(u -> u.overdue().count()).sum())
                .isGreaterThanOrEqualTo(stats.total(Metric.OVERDUE));
        assertThat(stats.satisfaction())
                .allSatisfy(f -> assertThat(f.percent()).isNotNull())
                .extracting(Figure::percent)
                .satisfies(p -> assertThat(
                                p.stream().mapToDouble(Double::doubleValue).sum())
                        .isBetween(99.8, 100.2));
    }

    @Test
    void yearsTogetherCoverTheSameProposalsAsSinceTheMeeting() {
        long total = 0;
        for (int year = 2021; year <= 2023; year++) {
            int y = year;
            total += kit.as(staff, () -> queries.compute(new StatisticsFilter(luzhou, null, y)))
                    .total(Metric.COLLECTED);
        }
        assertThat(total).isEqualTo(520);
    }

    @Test
    void eachFiguresListHoldsExactlyThatManyProposals() {
        ProposalStatistics stats = sinceMeeting();
        List<Figure> figures = new ArrayList<>(stats.totals());
        figures.addAll(stats.notFiledByReason());
        figures.addAll(stats.byKind());
        figures.addAll(stats.collectiveByOrganisation());
        figures.addAll(stats.byCategory());
        figures.addAll(stats.repliedByClass());
        figures.addAll(stats.satisfaction());
        stats.units().stream().limit(8).forEach(u -> figures.addAll(List.of(u.assigned(), u.replied(), u.overdue())));
        StatisticsFilter filter = stats.filter();
        for (Figure f : figures) {
            long listed = kit.as(staff, () -> queries.list(filter, f.metric(), f.value(), new Paging(1, 5)))
                    .total();
            assertThat(listed).as(f.query()).isEqualTo(f.count());
        }
    }

    @Test
    void theApiShowsTheSameFigures() throws Exception {
        mvc.perform(get("/api/v1/proposals/statistics")
                        .param("committeeId", String.valueOf(luzhou))
                        .param("sinceMeetingId", String.valueOf(meeting))
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals[?(@.metric=='COLLECTED')].count").value(520))
                .andExpect(jsonPath("$.totals[?(@.metric=='FILED')].count").value(415))
                .andExpect(jsonPath("$.totals[?(@.metric=='KEY')].count").value(16))
                .andExpect(jsonPath("$.totals[?(@.metric=='PARTY_COLLECTIVE')].count")
                        .value(46))
                .andExpect(jsonPath("$.totals[?(@.metric=='PARTY_COLLECTIVE_KEY')].count")
                        .value(7));
        mvc.perform(get("/api/v1/proposals/statistics/list")
                        .param("sinceMeetingId", String.valueOf(meeting))
                        .param("metric", "KEY")
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(16));
    }

    @Test
    void thePageShowsTheFiguresEachLinkingToItsList() throws Exception {
        String page = mvc.perform(get("/proposals/statistics").with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("九届一次会议以来")
                .containsPattern("id=\"total-COLLECTED\"[^>]*>520<")
                .containsPattern("id=\"total-FILED\"[^>]*>415<")
                .containsPattern("id=\"total-KEY\"[^>]*>16<")
                .containsPattern("id=\"total-PARTY_COLLECTIVE\"[^>]*>46<")
                .containsPattern("id=\"total-PARTY_COLLECTIVE_KEY\"[^>]*>7<")
                .contains("metric=PARTY_COLLECTIVE_KEY");
        mvc.perform(get("/proposals/statistics/list")
                        .param("committeeId", String.valueOf(luzhou))
                        .param("sinceMeetingId", String.valueOf(meeting))
                        .param("metric", "PARTY_COLLECTIVE")
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("共 46 条")));
        mvc.perform(get("/proposals/statistics/export").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void anotherCommitteesUserCannotReadLuzhousStatistics() throws Exception {
        XieshangUser outsider = fixtures.user(fixtures.committee(), Role.STAFF);
        mvc.perform(get("/api/v1/proposals/statistics")
                        .param("committeeId", String.valueOf(luzhou))
                        .with(user(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proposals/statistics")
                        .param("committeeId", String.valueOf(luzhou))
                        .with(user(outsider)))
                .andExpect(status().isNotFound());
        XieshangUser member = fixtures.user(luzhou, Role.MEMBER);
        mvc.perform(get("/api/v1/proposals/statistics").with(user(member))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsRefusedWithAChineseMessage() throws Exception {
        mvc.perform(get("/api/v1/proposals/statistics")
                        .param("sinceMeetingId", String.valueOf(meeting))
                        .param("year", "2022")
                        .with(user(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("只选一项")));
        mvc.perform(get("/api/v1/proposals/statistics/list")
                        .param("metric", "CATEGORY")
                        .with(user(staff)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/proposals/statistics/list")
                        .param("metric", "NOPE")
                        .with(user(staff)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onThePageAYearTypedInWinsOverTheMeetingStillSelected() throws Exception {
        String page = mvc.perform(get("/proposals/statistics")
                        .param("sinceMeetingId", String.valueOf(meeting))
                        .param("year", "2023")
                        .with(user(staff)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long collected2023 = kit.as(staff, () -> queries.compute(new StatisticsFilter(luzhou, null, 2023)))
                .total(Metric.COLLECTED);
        assertThat(page).contains("2023年").containsPattern("id=\"total-COLLECTED\"[^>]*>" + collected2023 + "<");
    }

    private static long sum(List<Figure> figures) {
        return figures.stream().mapToLong(Figure::count).sum();
    }
}
