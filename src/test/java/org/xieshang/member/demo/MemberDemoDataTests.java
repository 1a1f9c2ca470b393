package org.xieshang.member.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xieshang.organisation.OrganisationDirectory;
import org.xieshang.support.IntegrationTest;

/**
 * The demo rosters, made for a stand-in of 泸州市政协 with its sectors, parties, special committees and two terms (the
 * real one comes from the organisation's demo data, which this test does not rely on).
 */
@IntegrationTest
@Transactional
class MemberDemoDataTests {

    static final List<String> SECTORS = List.of(
            "中国共产党",
            "民革",
            "民盟",
            "民建",
            "民进",
            "农工党",
            "致公党",
            "九三学社",
            "无党派人士",
            "共青团",
            "总工会",
            "妇联",
            "青联",
            "工商联",
            "科协",
            "台联",
            "侨联",
            "文化艺术界",
            "科学技术界",
            "社会科学界",
            "经济界",
            "农业界",
            "教育界",
            "体育界",
            "新闻出版界",
            "医药卫生界",
            "对外友好界",
            "社会福利和社会保障界",
            "少数民族界",
            "宗教界",
            "特别邀请人士");
    static final List<String> PARTIES =
            List.of("民革泸州市委会", "民盟泸州市委会", "民建泸州市委会", "民进泸州市委会", "农工党泸州市委会", "致公党泸州市委会", "九三学社泸州市委会");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    TransactionTemplate transaction;

    long city;
    long term9;
    long term8;

    @BeforeEach
    void setUp() {
        String tag = String.valueOf(System.nanoTime());
        city = id(
                "insert into committee (name, short_name, level, region) values (?, ?, 'MUNICIPAL', '泸州') returning id",
                "演示市政协" + tag,
                "演示" + tag);
        term8 = term(city, 8, 2016);
        term9 = term(city, 9, 2021);
        for (int i = 0; i < SECTORS.size(); i++) {
            jdbc.sql("insert into sector (committee_id, name, sort_order) values (?, ?, ?)")
                    .params(city, SECTORS.get(i), i)
                    .update();
        }
        for (String party : PARTIES) {
            jdbc.sql("insert into party_organisation (committee_id, name, kind) values (?, ?, 'DEMOCRATIC_PARTY')")
                    .params(city, party)
                    .update();
        }
        jdbc.sql("insert into party_organisation (committee_id, name, kind)"
                        + " values (?, '泸州市工商联', 'FEDERATION_OF_INDUSTRY_AND_COMMERCE')")
                .param(city)
                .update();
        for (String special : List.of(
                "提案委员会",
                "经济委员会",
                "农业和农村委员会",
                "人口资源环境委员会",
                "教科卫体委员会",
                "社会和法制委员会",
                "民族宗教委员会",
                "文化文史和学习委员会",
                "港澳台侨和外事委员会")) {
            jdbc.sql("insert into special_committee (committee_id, name) values (?, ?)")
                    .params(city, special)
                    .update();
        }
        for (String county : List.of("江阳区", "泸县")) {
            long c = id(
                    "insert into committee (parent_id, name, short_name, level, region) values (?, ?, ?, 'COUNTY', ?)"
                            + " returning id",
                    city,
                    "演示" + county + tag,
                    county + "政协",
                    county);
            term(c, 10, 2021);
            for (String sector : List.of("中国共产党", "民盟", "工商联", "经济界", "教育界", "农业界")) {
                jdbc.sql("insert into sector (committee_id, name) values (?, ?)")
                        .params(c, sector)
                        .update();
            }
        }
    }

    @Test
    void theMunicipalRosterHasItsSectorsSeatsAndTerms() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(
                s -> new MemberDemoData(organisation, template).loadFor(city, DemoVocabulary.load()));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);

        assertThat(count("committee_id = ?", city)).isEqualTo(450);
        assertThat(count("committee_id = ? and standing_committee", city)).isEqualTo(60);
        assertThat(bySector("中国共产党")).containsOnlyKeys("中共党员").containsValue(135L);
        assertThat(bySector("民革")).containsOnlyKeys("民革党员");
        assertThat(bySector("九三学社")).containsOnlyKeys("九三学社社员");
        assertThat(bySector("无党派人士")).containsOnlyKeys("无党派人士");
        assertThat(bySector("宗教界")).containsOnlyKeys("群众");
        assertThat(count("committee_id = ? and party_organisation_id is not null", city))
                .isEqualTo(14 + 16 + 15 + 14 + 14 + 12 + 14 + 20);
        assertThat(jdbc.sql("select count(*) from member where committee_id = ? group by special_committee_id"
                                + " having special_committee_id is not null")
                        .param(city)
                        .query(Long.class)
                        .list())
                .hasSize(9)
                .allSatisfy(size -> assertThat(size).isBetween(10L, 25L));
        assertThat(inTerm(term9)).isEqualTo(450);
        assertThat(inTerm(term8)).isBetween(150L, 210L);
        assertThat(count("committee_id = ? and mobile !~ '^1390830[0-9]{4}$'", city))
                .isZero();
    }

    @Test
    void everyCountyCommitteeGetsTwentyToFortyMembers() {
        transaction.executeWithoutResult(
                s -> new MemberDemoData(organisation, template).loadFor(city, DemoVocabulary.load()));

        assertThat(organisation.children(city)).hasSize(2).allSatisfy(county -> {
            assertThat(count("committee_id = ?", county.id())).isBetween(20L, 40L);
            assertThat(count("committee_id = ? and sector_id is null", county.id()))
                    .isZero();
        });
    }

    @Test
    void theLuzhouRosterIsLoadedWithTheOrganisationsDemoData() {
        Long luzhou = jdbc.sql("select id from committee where name = '政协泸州市委员会'")
                .query(Long.class)
                .optional()
                .orElse(null);
        assumeTrue(luzhou != null, "the organisation's demo data is not loaded");

        assertThat(count("committee_id = ? and active", luzhou)).isEqualTo(450);
        assertThat(count("committee_id = ? and standing_committee", luzhou)).isEqualTo(60);
        assertThat(organisation.children(luzhou))
                .hasSize(7)
                .allSatisfy(county ->
                        assertThat(count("committee_id = ?", county.id())).isBetween(20L, 40L));
        assertThat(jdbc.sql("""
                        select count(*) from member m join sector s on s.id = m.sector_id
                        where m.committee_id = ? and s.name = '民革' and m.political_affiliation <> '民革党员'""").param(luzhou).query(Long.class).single()).isZero();
    }

    Map<String, Long> bySector(String sector) {
        return jdbc
                .sql("select political_affiliation, count(*) from member m join sector s on s.id = m.sector_id"
                        + " where m.committee_id = ? and s.name = ? group by political_affiliation")
                .params(city, sector)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count(String where, Object... params) {
        return jdbc.sql("select count(*) from member where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    long inTerm(long term) {
        return jdbc.sql("select count(*) from member_term where term_id = ?")
                .param(term)
                .query(Long.class)
                .single();
    }

    long term(long committee, int number, int startYear) {
        long term = id(
                "insert into term (committee_id, number, start_year, end_year) values (?, ?, ?, ?) returning id",
                committee,
                number,
                startYear,
                startYear + 5);
        jdbc.sql("insert into meeting (committee_id, term_id, number, opened_on, closed_on) values (?, ?, 1, ?, ?)")
                .params(
                        committee,
                        term,
                        java.time.LocalDate.of(startYear, 1, 5),
                        java.time.LocalDate.of(startYear, 1, 8))
                .update();
        return term;
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
