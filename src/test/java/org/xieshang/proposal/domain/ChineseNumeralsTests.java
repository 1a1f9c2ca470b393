package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Term and meeting numbers as the official numbers write them (九届一次会议). */
class ChineseNumeralsTests {

    private final ChineseNumerals numerals = new ChineseNumerals("零一二三四五六七八九十");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, 一", "9, 九", "10, 十", "11, 十一", "14, 十四", "20, 二十", "21, 二十一", "99, 九十九"})
    void writesTermAndMeetingNumbers(int number, String text) {
        assertThat(numerals.of(number)).isEqualTo(text);
    }

    @Test
    void refusesNumbersOutsideOneToNinetyNine() {
        assertThatThrownBy(() -> numerals.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> numerals.of(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChineseNumerals("12")).isInstanceOf(IllegalArgumentException.class);
    }
}
