package org.xieshang.proposal.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xieshang.proposal.ProposalSettings;

/**
 * Working days: Monday to Friday, except public holidays, plus the weekend days worked in exchange (调休). Used for
 * the disclosure deadline (20 working days) and to move a deadline that falls on a day off to the next working day.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekends;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekends) {
        this.holidays = Set.copyOf(holidays);
        this.workingWeekends = Set.copyOf(workingWeekends);
    }

    public static WorkingCalendar of(ProposalSettings.Calendar calendar) {
        return new WorkingCalendar(dates(calendar.holidays()), dates(calendar.workingWeekends()));
    }

    /** Dates and inclusive ranges {@code from..to}; a malformed entry stops the start-up with a clear message. */
    static Set<LocalDate> dates(List<String> entries) {
        Set<LocalDate> dates = new HashSet<>();
        for (String entry : entries) {
            String[] ends = entry.strip().split("\\.\\.");
            LocalDate from = LocalDate.parse(ends[0].strip());
            LocalDate to = ends.length > 1 ? LocalDate.parse(ends[1].strip()) : from;
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("Calendar range ends before it starts: " + entry);
            }
            from.datesUntil(to.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        return !weekend && !holidays.contains(day);
    }

    /** The {@code count}-th working day after {@code start} (start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        LocalDate day = start;
        int left = count;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** {@code day} if it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        return (int) from.plusDays(1)
                .datesUntil(to.plusDays(1))
                .filter(this::isWorkingDay)
                .count();
    }
}
