package org.xieshang.opinion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xieshang.opinion.EditedText;
import org.xieshang.opinion.PersonType;
import org.xieshang.opinion.ReportContent;
import org.xieshang.opinion.ReportPerson;
import org.xieshang.opinion.SubmitterType;
import org.xieshang.organisation.PartyKind;
import org.xieshang.shared.InvalidInput;

/** Who may submit as what, how the points are shared among joint submitters, and the form of an edited title. */
class ReportRulesTests {

    private static final Set<String> CATEGORIES = Set.of("ECONOMY");
    private static final ReportRules.Units UNITS = new ReportRules.Units() {
        @Override
        public Optional<ReportRules.Unit> party(long id) {
            return id == 1
                    ? Optional.of(new ReportRules.Unit("minmeng", PartyKind.DEMOCRATIC_PARTY))
                    : id == 2
                            ? Optional.of(new ReportRules.Unit("women", PartyKind.PEOPLES_ORGANISATION))
                            : Optional.empty();
        }

        @Override
        public Optional<ReportRules.Unit> specialCommittee(long id) {
            return Optional.empty();
        }
    };

    @Test
    void jointSubmittersWithoutSharesSplitEqually() {
        CheckedContent c = check(SubmitterType.MEMBER, null, member(1, null), member(2, null), member(3, null));
        assertThat(c.persons())
                .extracting(ReportPersonRow::share)
                .map(BigDecimal::toPlainString)
                .containsExactly("33.34", "33.33", "33.33");
    }

    @Test
    void agreedSharesMustAddUpToAHundred() {
        assertThat(check(SubmitterType.MEMBER, null, member(1, "70"), member(2, "30"))
                        .persons())
                .extracting(ReportPersonRow::share)
                .containsExactly(new BigDecimal("70"), new BigDecimal("30"));
        assertRefused("persons", "opinion.shares-total", SubmitterType.MEMBER, null, member(1, "70"), member(2, "20"));
        assertRefused(
                "persons", "opinion.shares-partial", SubmitterType.MEMBER, null, member(1, "70"), member(2, null));
    }

    @Test
    void aMemberReportNamesMembersOnly() {
        assertRefused("persons", "opinion.persons-required", SubmitterType.MEMBER, null);
        assertRefused(
                "persons",
                "opinion.persons-members-only",
                SubmitterType.MEMBER,
                null,
                new ReportPerson(PersonType.OTHER, null, "x", null));
        assertRefused(
                "persons", "opinion.person-duplicate", SubmitterType.MEMBER, null, member(1, null), member(1, null));
    }

    @Test
    void aPartyReportNamesAPartyOfTheRightKind() {
        assertThat(check(SubmitterType.PARTY, 1L).unitName()).isEqualTo("minmeng");
        assertRefused("partyOrganisationId", "opinion.party-required", SubmitterType.PARTY, null);
        assertRefused("partyOrganisationId", "opinion.party-unknown", SubmitterType.PARTY, 9L);
        assertRefused("submitterType", "opinion.party-kind-mismatch", SubmitterType.PARTY, 2L);
        assertThat(check(SubmitterType.ORGANISATION, 2L).partyOrganisationId()).isEqualTo(2L);
    }

    @Test
    void anUnknownCategoryIsRefused() {
        ReportContent content =
                new ReportContent("t", "f", "a", "s", "SPORTS", SubmitterType.PARTY, 1L, null, List.of());
        assertThatThrownBy(() -> ReportRules.check(content, CATEGORIES, UNITS))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "opinion.category-unknown");
    }

    @Test
    void anEditedTitleTakesTheStandardForm() {
        ReportRules.checkEdit(new EditedText("关于加快老旧小区改造的建议", "b", "s"));
        for (String title : List.of("老旧小区改造亟待加强", "关于老旧小区改造", "关于的建议")) {
            assertThatThrownBy(() -> ReportRules.checkEdit(new EditedText(title, "b", "s")))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("title");
        }
    }

    private static ReportPerson member(long id, String share) {
        return new ReportPerson(PersonType.MEMBER, id, "m" + id, share == null ? null : new BigDecimal(share));
    }

    private static CheckedContent check(SubmitterType type, Long party, ReportPerson... persons) {
        return ReportRules.check(content(type, party, persons), CATEGORIES, UNITS);
    }

    private static ReportContent content(SubmitterType type, Long party, ReportPerson... persons) {
        return new ReportContent("t", "f", "a", "s", "ECONOMY", type, party, null, List.of(persons));
    }

    private static void assertRefused(
            String field, String code, SubmitterType type, Long party, ReportPerson... persons) {
        assertThatThrownBy(() -> check(type, party, persons))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> {
                    assertThat(((InvalidInput) e).field()).isEqualTo(field);
                    assertThat(((InvalidInput) e).code()).isEqualTo(code);
                });
    }
}
