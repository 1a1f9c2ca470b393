package org.xieshang.organisation.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xieshang.organisation.domain.TermRules.MeetingDatesReversed;
import org.xieshang.organisation.domain.TermRules.MeetingOutsideTerm;
import org.xieshang.organisation.domain.TermRules.YearsReversed;

class TermRulesTests {

    @Test
    void aMeetingWithinTheTermsYearsIsAccepted() {
        assertThatCode(() -> TermRules.checkMeeting(2021, 2026, day("2022-12-25"), day("2022-12-28")))
                .doesNotThrowAnyException();
        assertThatCode(() -> TermRules.checkMeeting(2021, 2026, day("2026-01-05"), day("2026-01-05")))
                .as("a one-day meeting in the last year")
                .doesNotThrowAnyException();
    }

    @Test
    void aMeetingThatClosesBeforeItOpensIsRefused() {
        assertThatThrownBy(() -> TermRules.checkMeeting(2021, 2026, day("2022-01-08"), day("2022-01-05")))
                .isInstanceOf(MeetingDatesReversed.class);
    }

    @Test
    void aMeetingBeforeOrAfterTheTermIsRefused() {
        assertThatThrownBy(() -> TermRules.checkMeeting(2021, 2026, day("2020-12-30"), day("2021-01-02")))
                .isInstanceOf(MeetingOutsideTerm.class);
        assertThatThrownBy(() -> TermRules.checkMeeting(2021, 2026, day("2026-12-30"), day("2027-01-02")))
                .isInstanceOf(MeetingOutsideTerm.class)
                .hasMessageContaining("2021")
                .hasMessageContaining("2026");
    }

    @Test
    void aTermEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> TermRules.checkYears(2026, 2021)).isInstanceOf(YearsReversed.class);
        assertThatCode(() -> TermRules.checkYears(2021, 2021)).doesNotThrowAnyException();
    }

    @Test
    void shorteningATermMayNotLeaveAMeetingOutsideIt() {
        List<Meeting> meetings = List.of(new Meeting(1, 1, 1, 2, day("2022-12-25"), day("2022-12-28"), 0));
        assertThatCode(() -> TermRules.checkYearsKeepMeetings(2022, 2026, meetings))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TermRules.checkYearsKeepMeetings(2023, 2026, meetings))
                .isInstanceOf(MeetingOutsideTerm.class);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
