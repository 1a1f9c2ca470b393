package org.xieshang.opinion.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Random;
import org.xieshang.opinion.domain.ChinaTime;

/** Times of the demo year 2022, in office hours; every step falls after the one before it and within the year. */
final class DemoDates {

    static final int YEAR = 2022;
    private static final OffsetDateTime LAST =
            LocalDate.of(YEAR, 12, 30).atTime(17, 0).atZone(ChinaTime.ZONE).toOffsetDateTime();

    private final Random random;

    DemoDates(Random random) {
        this.random = random;
    }

    /** A working-hours time on a day between the two days of the year (1 = 1 January). */
    OffsetDateTime day(int from, int to) {
        LocalDate date = LocalDate.ofYearDay(YEAR, from + random.nextInt(to - from + 1));
        return date.atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(ChinaTime.ZONE)
                .toOffsetDateTime();
    }

    /** Some days after {@code t}, never past the end of the year and never before {@code t}. */
    OffsetDateTime later(OffsetDateTime t, int minDays, int maxDays) {
        OffsetDateTime next =
                t.plusDays(minDays + random.nextInt(maxDays - minDays + 1)).plusMinutes(random.nextInt(240));
        if (next.isAfter(LAST)) {
            next = LAST.isAfter(t) ? LAST : t.plusMinutes(1);
        }
        return next;
    }
}
