package org.xieshang.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import org.xieshang.shared.XieshangException;

/** Rules of terms 届 and their plenary meetings 次会议. */
public final class TermRules {

    private TermRules() {}

    public static void checkYears(int startYear, int endYear) {
        if (endYear < startYear) {
            throw new YearsReversed();
        }
    }

    /** A meeting opens before it closes, and is held within the years of its term. */
    public static void checkMeeting(int startYear, int endYear, LocalDate openedOn, LocalDate closedOn) {
        if (closedOn.isBefore(openedOn)) {
            throw new MeetingDatesReversed();
        }
        if (openedOn.getYear() < startYear || closedOn.getYear() > endYear) {
            throw new MeetingOutsideTerm(startYear, endYear);
        }
    }

    /** Changing a term's years must leave every meeting it already has inside them. */
    public static void checkYearsKeepMeetings(int startYear, int endYear, List<Meeting> meetings) {
        checkYears(startYear, endYear);
        for (Meeting meeting : meetings) {
            checkMeeting(startYear, endYear, meeting.openedOn(), meeting.closedOn());
        }
    }

    /** The last year of a term lies before its first. */
    public static final class YearsReversed extends XieshangException {
        YearsReversed() {
            super(Kind.INVALID, "term-years-reversed");
        }
    }

    /** The committee already has a term with this number. */
    public static final class TermNumberTaken extends XieshangException {
        TermNumberTaken(int number) {
            super(Kind.CONFLICT, "term-number-taken", number);
        }
    }

    /** The closing day lies before the opening day. */
    public static final class MeetingDatesReversed extends XieshangException {
        MeetingDatesReversed() {
            super(Kind.INVALID, "meeting-dates-reversed");
        }
    }

    /** The meeting falls outside its term's years. */
    public static final class MeetingOutsideTerm extends XieshangException {
        MeetingOutsideTerm(int startYear, int endYear) {
            super(Kind.INVALID, "meeting-outside-term", String.valueOf(startYear), String.valueOf(endYear));
        }
    }

    /** The term already has a meeting with this number. */
    public static final class MeetingNumberTaken extends XieshangException {
        MeetingNumberTaken(int number) {
            super(Kind.CONFLICT, "meeting-number-taken", number);
        }
    }
}
