package org.xieshang.organisation.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.organisation.DivisionKind;
import org.xieshang.organisation.DivisionLevel;
import org.xieshang.organisation.domain.DivisionRules.KindMismatch;
import org.xieshang.organisation.domain.DivisionRules.ParentLevelMismatch;

class DivisionRulesTests {

    @ParameterizedTest
    @CsvSource({
        ", DISTRICT",
        ", COUNTY",
        "COUNTY, TOWN",
        "COUNTY, TOWNSHIP",
        "COUNTY, STREET",
        "COUNTY, PARK",
        "TOWN, VILLAGE",
        "TOWN, COMMUNITY"
    })
    void eachKindSitsOneLevelBelowItsParent(DivisionLevel parent, DivisionKind kind) {
        assertThatCode(() -> DivisionRules.checkPlace(parent, kind)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        ", TOWN",
        ", VILLAGE",
        "COUNTY, COUNTY",
        "COUNTY, VILLAGE",
        "TOWN, STREET",
        "TOWN, DISTRICT",
        "VILLAGE, COMMUNITY",
        "VILLAGE, VILLAGE"
    })
    void aDivisionAtTheWrongDepthIsRefused(DivisionLevel parent, DivisionKind kind) {
        assertThatThrownBy(() -> DivisionRules.checkPlace(parent, kind))
                .isInstanceOf(ParentLevelMismatch.class)
                .hasFieldOrPropertyWithValue("code", "division-parent-level");
    }

    @ParameterizedTest
    @CsvSource({"COUNTY, DISTRICT", "TOWN, STREET", "TOWN, PARK", "VILLAGE, COMMUNITY"})
    void aDivisionMayChangeToAKindOfItsOwnLevel(DivisionLevel level, DivisionKind kind) {
        assertThatCode(() -> DivisionRules.checkKindChange(level, kind)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"COUNTY, TOWN", "TOWN, VILLAGE", "VILLAGE, STREET", "TOWN, COUNTY"})
    void aKindOfAnotherLevelIsRefused(DivisionLevel level, DivisionKind kind) {
        assertThatThrownBy(() -> DivisionRules.checkKindChange(level, kind)).isInstanceOf(KindMismatch.class);
    }
}
