package org.xieshang.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xieshang.support.IntegrationTest;

@IntegrationTest
@org.junit.jupiter.api.Order(1) // checks the demo figures before journeys add records
class OrganisationDemoDataTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void theCommitteeTreeRunsFromTheNationalCommitteeToLuzhousCounties() {
        assertThat(count("select count(*) from committee where level = 'NATIONAL' and parent_id is null"))
                .isEqualTo(1);
        assertThat(count("select count(*) from committee where level = 'PROVINCIAL'"))
                .isEqualTo(1);
        // other tests add committees of their own (with no parent); the demo tree hangs below the national committee
        assertThat(count("select count(*) from committee where level = 'MUNICIPAL' and parent_id is not null"))
                .isEqualTo(21);
        assertThat(count("select count(*) from committee where level = 'COUNTY'"))
                .isEqualTo(7);
        long luzhou = luzhou();
        assertThat(directory.children(luzhou)).hasSize(7).allMatch(c -> c.level() == CommitteeLevel.COUNTY);
        assertThat(count("select count(*) from committee where direct_reporting_point"))
                .isEqualTo(1);
    }

    @Test
    void luzhouHasTwoTermsWithTheSecondMeetingOfTheNinthOnChristmasDay2022() {
        assertThat(directory.meetings(luzhou())).hasSize(7).anySatisfy(m -> {
            assertThat(m.termNumber()).isEqualTo(9);
            assertThat(m.number()).isEqualTo(2);
            assertThat(m.openedOn()).hasToString("2022-12-25");
        });
    }

    @Test
    void luzhouKeepsAboutEightyHandlingUnitsAndItsSectorsInOrder() {
        long luzhou = luzhou();
        assertThat(directory.handlingUnits(luzhou)).hasSizeBetween(78, 82);
        assertThat(directory.sectors(luzhou)).hasSizeBetween(28, 32);
        assertThat(directory.specialCommittees(luzhou)).hasSize(9);
        assertThat(directory.partyOrganisations(luzhou, PartyKind.DEMOCRATIC_PARTY))
                .hasSize(7);
        assertThat(directory.partyOrganisations(luzhou, PartyKind.FEDERATION_OF_INDUSTRY_AND_COMMERCE))
                .hasSize(1);
        for (CommitteeView other : directory.committees().stream()
                .filter(c -> c.level() == CommitteeLevel.NATIONAL || c.parentId() != null)
                .toList()) {
            assertThat(directory.sectors(other.id())).as(other.shortName()).isNotEmpty();
        }
    }

    @Test
    void luzhouHas1630DivisionsOnePerConsultationRoom() {
        long luzhou = luzhou();
        assertThat(directory.divisions(luzhou)).hasSize(1630);
        assertThat(count("select count(*) from division where committee_id = " + luzhou + " and level = 'COUNTY'"))
                .isEqualTo(7);
        assertThat(count("select count(*) from division where committee_id = " + luzhou + " and kind = 'PARK'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from division where committee_id = " + luzhou + " and level = 'VILLAGE'"))
                .isEqualTo(1477);
        assertThat(count("""
                        select count(*) from division v join division t on t.id = v.parent_id
                        where v.committee_id = %d and t.kind = 'STREET' and v.kind = 'VILLAGE'""".formatted(luzhou)))
                .as("streets hold communities only")
                .isZero();
        assertThat(count("""
                        select count(*) from (select parent_id, name from division where level = 'VILLAGE'
                                              group by parent_id, name having count(*) > 1) d""")).as("village names are unique within their town").isZero();
    }

    private long luzhou() {
        return OrganisationTestUsers.committee(jdbc, "泸州市政协");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
