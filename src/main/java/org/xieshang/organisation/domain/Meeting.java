package org.xieshang.organisation.domain;

import java.time.LocalDate;

/** A plenary meeting 次会议 of a term, e.g. the 2nd meeting of the 9th term, 2022-12-25 to 2022-12-28. */
public record Meeting(
        long id, long committeeId, long termId, int number, LocalDate openedOn, LocalDate closedOn, int version) {

    public MeetingDetails details() {
        return new MeetingDetails(number, openedOn, closedOn);
    }
}
