package org.xieshang.organisation;

import java.time.LocalDate;

/** A plenary meeting of a term: {@code termNumber}届{@code number}次会议. */
public record MeetingView(
        long id, long committeeId, long termId, int termNumber, int number, LocalDate openedOn, LocalDate closedOn) {}
