package org.xieshang.organisation.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.organisation.CommitteeLevel;
import org.xieshang.organisation.domain.CommitteeTree.ParentLevelMismatch;

class CommitteeTreeTests {

    @ParameterizedTest
    @CsvSource({"NATIONAL, PROVINCIAL", "PROVINCIAL, MUNICIPAL", "MUNICIPAL, COUNTY"})
    void aCommitteeHangsDirectlyUnderTheLevelAboveIt(CommitteeLevel parent, CommitteeLevel child) {
        assertThatCode(() -> CommitteeTree.checkParent(parent, child)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "NATIONAL, MUNICIPAL",
        "NATIONAL, COUNTY",
        "PROVINCIAL, COUNTY",
        "MUNICIPAL, MUNICIPAL",
        "COUNTY, COUNTY",
        "MUNICIPAL, PROVINCIAL",
        "PROVINCIAL, NATIONAL"
    })
    void skippingOrReversingALevelIsRefused(CommitteeLevel parent, CommitteeLevel child) {
        assertThatThrownBy(() -> CommitteeTree.checkParent(parent, child))
                .isInstanceOf(ParentLevelMismatch.class)
                .hasFieldOrPropertyWithValue("code", "committee-parent-level");
    }

    @Test
    void nothingHangsUnderACountyCommittee() {
        assertThatThrownBy(() -> CommitteeTree.checkParent(CommitteeLevel.COUNTY, null))
                .isInstanceOf(ParentLevelMismatch.class);
    }
}
