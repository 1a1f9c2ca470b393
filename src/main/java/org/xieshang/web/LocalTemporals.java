package org.xieshang.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.thymeleaf.expression.Temporals;

/**
 * {@code #temporals} as the committee reads the clock (Thymeleaf's {@link Temporals} is final, so this wraps it and
 * offers the methods templates use: {@code format}, {@code createNow}, {@code createToday} and the fields). The PostgreSQL driver returns every {@code timestamptz} as an
 * {@link OffsetDateTime} in UTC, and Thymeleaf formats a time in its own offset, so without this a decision taken at
 * 9:30 in 泸州 would read 01:30. Instants and zoned times are shown in the platform's zone; dates and local times are
 * left as they are.
 */
public final class LocalTemporals {

    private final Temporals temporals;
    private final ZoneId zone;

    LocalTemporals(Locale locale, ZoneId zone) {
        this.temporals = new Temporals(locale, zone);
        this.zone = zone;
    }

    Temporal local(Temporal t) {
        if (t instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(zone);
        }
        if (t instanceof ZonedDateTime time) {
            return time.withZoneSameInstant(zone);
        }
        if (t instanceof Instant instant) {
            return instant.atZone(zone);
        }
        return t;
    }

    public String format(Temporal target) {
        return temporals.format(local(target));
    }

    public String format(Temporal target, Locale locale) {
        return temporals.format(local(target), locale);
    }

    public String format(Temporal target, String pattern) {
        return temporals.format(local(target), pattern);
    }

    public String format(Temporal target, String pattern, String timeZone) {
        return temporals.format(target, pattern, timeZone);
    }

    public String format(Temporal target, String pattern, Locale locale) {
        return temporals.format(local(target), pattern, locale);
    }

    public Integer day(Temporal target) {
        return temporals.day(local(target));
    }

    public Integer month(Temporal target) {
        return temporals.month(local(target));
    }

    public Integer year(Temporal target) {
        return temporals.year(local(target));
    }

    public Integer hour(Temporal target) {
        return temporals.hour(local(target));
    }

    public Integer minute(Temporal target) {
        return temporals.minute(local(target));
    }

    public String formatISO(Temporal target) {
        return temporals.formatISO(local(target));
    }

    public Temporal createNow() {
        return temporals.createNow();
    }

    public Temporal createToday() {
        return temporals.createToday();
    }
}
