package org.xieshang.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.organisation.NamedRef;

class MemberRulesTests {

    static final LocalDate TODAY = LocalDate.of(2022, 12, 25);
    static final MemberSettings SETTINGS =
            new MemberSettings(List.of("中共党员", "民盟盟员", "无党派人士", "群众"), List.of("汉族", "彝族", "苗族"), 0, 0);
    static final CommitteeReferences REFS = new CommitteeReferences(
            1,
            List.of(new NamedRef(10, 1, "经济界"), new NamedRef(11, 1, "教育界")),
            List.of(new NamedRef(20, 1, "提案委员会")),
            List.of(new NamedRef(30, 1, "民盟泸州市委会"), new NamedRef(31, 1, "泸州市工商联")),
            List.of(new NamedRef(30, 1, "民盟泸州市委会")),
            List.of(new TermRef(40, 8), new TermRef(41, 9)));

    final MemberRules rules = new MemberRules(SETTINGS);

    static MemberProfile valid() {
        return new MemberProfile(
                "张三丰",
                Sex.MALE,
                "汉族",
                LocalDate.of(1970, 5, 1),
                "民盟盟员",
                30L,
                10L,
                20L,
                true,
                "泸州老窖股份有限公司",
                "总经理",
                "13908300001",
                "zs@example.com",
                "四川省泸州市江阳区",
                "企业管理",
                Set.of(41L));
    }

    static MemberProfile with(MemberProfile p, String name, String ethnicity, String affiliation, String mobile) {
        return new MemberProfile(
                name,
                p.sex(),
                ethnicity,
                p.birthDate(),
                affiliation,
                p.partyOrganisationId(),
                p.sectorId(),
                p.specialCommitteeId(),
                p.standingCommittee(),
                p.employer(),
                p.post(),
                mobile,
                p.email(),
                p.address(),
                p.expertise(),
                p.termIds());
    }

    List<String> fieldsAtFault(MemberProfile profile) {
        return rules.check(profile, REFS, TODAY).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteProfileKeepsEveryRule() {
        assertThat(rules.check(valid(), REFS, TODAY)).isEmpty();
    }

    @Test
    void aNameHasTwoToTwentyCharacters() {
        MemberProfile p = valid();
        assertThat(fieldsAtFault(with(p, "张", "汉族", "民盟盟员", p.mobile()))).containsExactly("name");
        assertThat(fieldsAtFault(with(p, "欧阳", "汉族", "民盟盟员", p.mobile()))).isEmpty();
        assertThat(fieldsAtFault(with(p, "阿".repeat(21), "汉族", "民盟盟员", p.mobile())))
                .containsExactly("name");
        assertThat(fieldsAtFault(with(p, "  ", "汉族", "民盟盟员", p.mobile()))).containsExactly("name");
    }

    @Test
    void ethnicityAndAffiliationComeFromTheirLists() {
        MemberProfile p = valid();
        List<Violation> violations = rules.check(with(p, p.name(), "火星族", "自由党员", p.mobile()), REFS, TODAY);
        assertThat(violations)
                .containsExactly(
                        new Violation("ethnicity", "ethnicity-unknown", "火星族"),
                        new Violation("politicalAffiliation", "politicalAffiliation-unknown", "自由党员"));
    }

    @Test
    void aMobileIsElevenDigitsStartingWithOne() {
        MemberProfile p = valid();
        assertThat(fieldsAtFault(with(p, p.name(), "汉族", "民盟盟员", "23908300001")))
                .containsExactly("mobile");
        assertThat(fieldsAtFault(with(p, p.name(), "汉族", "民盟盟员", "1390830000"))).containsExactly("mobile");
        assertThat(fieldsAtFault(with(p, p.name(), "汉族", "民盟盟员", "139-0830-0001")))
                .containsExactly("mobile");
        assertThat(fieldsAtFault(with(p, p.name(), "汉族", "民盟盟员", null))).containsExactly("mobile");
    }

    @Test
    void referencesMustBelongToTheMembersCommittee() {
        MemberProfile p = valid();
        MemberProfile elsewhere = new MemberProfile(
                p.name(),
                p.sex(),
                p.ethnicity(),
                p.birthDate(),
                p.politicalAffiliation(),
                99L,
                98L,
                97L,
                false,
                null,
                null,
                p.mobile(),
                null,
                null,
                null,
                Set.of(96L));
        assertThat(fieldsAtFault(elsewhere))
                .containsExactly("sectorId", "specialCommitteeId", "partyOrganisationId", "termIds");
    }

    @Test
    void aMemberServesAtLeastOneTerm() {
        MemberProfile p = valid();
        MemberProfile noTerm = new MemberProfile(
                p.name(),
                p.sex(),
                p.ethnicity(),
                p.birthDate(),
                p.politicalAffiliation(),
                null,
                11L,
                null,
                false,
                null,
                null,
                p.mobile(),
                null,
                null,
                null,
                Set.of());
        assertThat(rules.check(noTerm, REFS, TODAY)).containsExactly(new Violation("termIds", "terms-required"));
    }

    @Test
    void theBirthDateLiesInThePast() {
        MemberProfile p = valid();
        MemberProfile unborn = new MemberProfile(
                p.name(),
                p.sex(),
                p.ethnicity(),
                TODAY,
                p.politicalAffiliation(),
                null,
                11L,
                null,
                false,
                null,
                null,
                p.mobile(),
                "not-an-email",
                null,
                null,
                Set.of(40L, 41L));
        assertThat(fieldsAtFault(unborn)).containsExactly("birthDate", "email");
    }

    @Test
    void aDemocraticPartyIsFoundFromTheAffiliation() {
        assertThat(REFS.partyFor("民盟盟员")).contains(30L);
        assertThat(REFS.partyFor("中共党员")).isEmpty();
        assertThat(REFS.currentTerm()).contains(new TermRef(41, 9));
    }
}
