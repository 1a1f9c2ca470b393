package org.xieshang.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xieshang.proposal.ProposalSettings;

/** Working days on the default calendar: weekends, the 2022 and 2023 public holidays, and make-up working days. */
class WorkingCalendarTests {

    private final WorkingCalendar calendar =
            WorkingCalendar.of(ProposalSettings.defaults().calendar());

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2022-03-09, true", // an ordinary Wednesday
        "2022-03-12, false", // an ordinary Saturday
        "2022-01-03, false", // New Year, Monday off
        "2022-01-29, true", // Saturday worked before the Spring Festival
        "2022-01-30, true", // Sunday worked before the Spring Festival
        "2022-02-01, false", // Spring Festival
        "2022-02-07, true", // back to work
        "2022-04-02, true", // Saturday worked for Qingming
        "2022-04-04, false", // Qingming
        "2022-05-04, false", // Labour Day holiday
        "2022-05-07, true", // Saturday worked for Labour Day
        "2022-06-03, false", // Dragon Boat
        "2022-09-12, false", // Mid-Autumn, Monday off
        "2022-10-07, false", // National Day week
        "2022-10-08, true", // Saturday worked for National Day
        "2022-10-09, true", // Sunday worked for National Day
        "2023-01-02, false", // New Year 2023
        "2023-01-28, true", // Saturday worked for the 2023 Spring Festival
        "2023-04-05, false", // Qingming 2023
        "2023-06-23, false", // Dragon Boat 2023
        "2023-06-25, true", // Sunday worked for Dragon Boat
        "2023-10-06, false", // Mid-Autumn and National Day 2023
        "2023-10-07, true", // Saturday worked
        "2024-03-15, true" // a weekday of a year without configured holidays
    })
    void knowsWhichDaysAreWorked(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void countsWorkingDaysAcrossTheSpringFestivalAndItsMakeUpWeekend() {
        // Friday 28 January 2022: the make-up weekend counts, the seven days of the festival do not
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 1, 28), 1)).isEqualTo(LocalDate.of(2022, 1, 29));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 1, 28), 3)).isEqualTo(LocalDate.of(2022, 2, 7));
    }

    @Test
    void twentyWorkingDaysAfterAReplyBeforeNationalDayEndOnTheLastDayOfOctober() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 9, 28), 20)).isEqualTo(LocalDate.of(2022, 10, 31));
    }

    @Test
    void zeroWorkingDaysIsTheStartItselfAndANegativeCountIsAMistake() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2022, 10, 1), 0)).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2022, 10, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayOffMovesToTheNextWorkingDay() {
        assertThat(calendar.onOrAfter(LocalDate.of(2022, 10, 1))).isEqualTo(LocalDate.of(2022, 10, 8));
        assertThat(calendar.onOrAfter(LocalDate.of(2022, 4, 10))).isEqualTo(LocalDate.of(2022, 4, 11));
        assertThat(calendar.onOrAfter(LocalDate.of(2022, 4, 11))).isEqualTo(LocalDate.of(2022, 4, 11));
    }

    @Test
    void countsTheWorkingDaysBetweenTwoDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 9, 30), LocalDate.of(2022, 10, 10)))
                .as("National Day week: only the make-up weekend and Monday")
                .isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 10)))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 1)))
                .isZero();
    }

    @Test
    void configuredHolidaysAndMakeUpDaysReplaceTheDefaults() {
        WorkingCalendar local = WorkingCalendar.of(
                new ProposalSettings.Calendar(List.of("2024-02-10..2024-02-17"), List.of("2024-02-04")));
        assertThat(local.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
        assertThat(local.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue();
        assertThat(local.isWorkingDay(LocalDate.of(2022, 10, 3)))
                .as("defaults replaced")
                .isTrue();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> WorkingCalendar.dates(List.of("2022-10-07..2022-10-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(WorkingCalendar.dates(List.of(" 2022-10-01 .. 2022-10-03 ", "2022-12-25")))
                .hasSize(4);
    }
}
