package org.entente.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A resolved value before it is tied to a span: its TIMEX3 type, a granularity and,
 * for a value on the calendar, the first day of the period it names, so that
 * "a year earlier" can shift it and keep its unit.
 *
 * <p>What the parts hold depends on the type:
 * <ul>
 * <li>{@link TimexType#DATE}: a calendar period, given by its first day, or a
 *     reference ({@code PRESENT_REF}...), given by its token, with granularity
 *     {@link Granularity#REFERENCE} and no day.</li>
 * <li>{@link TimexType#TIME}: the day, granularity {@link Granularity#DAY}, and the
 *     time of day as the token, in TIMEX3 form: {@code T14:30}, {@code T24:00} for
 *     midnight, {@code TMO}, {@code TAF}, {@code TEV}, {@code TNI} for the parts of the day.</li>
 * <li>{@link TimexType#DURATION} and {@link TimexType#SET}: the whole value as the
 *     token ({@code P3D}, {@code XXXX-WXX-4}) and no day; the granularity is the unit
 *     counted or repeated.</li>
 * </ul>
 * Only values with a day are on the calendar; durations and sets never become the
 * reference for a later "a year earlier".
 */
record TimexValue(TimexType type, Granularity granularity, LocalDate firstDay, String token) {

    /** Declared before the constants below, whose construction reads it. */
    private static final Set<Granularity> BELOW_A_DAY = EnumSet.of(Granularity.HOUR, Granularity.MINUTE,
            Granularity.SECOND);

    static final TimexValue PRESENT = new TimexValue(TimexType.DATE, Granularity.REFERENCE, null, "PRESENT_REF");
    static final TimexValue PAST = new TimexValue(TimexType.DATE, Granularity.REFERENCE, null, "PAST_REF");
    static final TimexValue FUTURE = new TimexValue(TimexType.DATE, Granularity.REFERENCE, null, "FUTURE_REF");

    TimexValue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(granularity, "granularity");
        switch (type) {
            case DATE -> {
                if ((granularity == Granularity.REFERENCE) != (firstDay == null) || (firstDay == null) != (token != null)) {
                    throw new IllegalArgumentException("a reference date has a token and no day; a calendar date a day");
                }
                if (BELOW_A_DAY.contains(granularity)) {
                    throw new IllegalArgumentException("a date is at least a day long, not " + granularity);
                }
            }
            case TIME -> {
                if (firstDay == null || token == null || !token.startsWith("T") || granularity != Granularity.DAY) {
                    throw new IllegalArgumentException("a time has a day, granularity DAY and a token such as T14:30");
                }
            }
            default -> {
                if (firstDay != null || token == null || granularity == Granularity.REFERENCE) {
                    throw new IllegalArgumentException("a duration or set has a value such as P3D, a unit and no day");
                }
            }
        }
    }

    static TimexValue of(Granularity granularity, LocalDate firstDay) {
        return new TimexValue(TimexType.DATE, granularity, firstDay, null);
    }

    static TimexValue day(LocalDate day) {
        return of(Granularity.DAY, day);
    }

    static TimexValue month(int year, int month) {
        return of(Granularity.MONTH, LocalDate.of(year, month, 1));
    }

    static TimexValue year(int year) {
        return of(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    static TimexValue quarter(int year, int quarter) {
        return of(Granularity.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    /** A time of {@code day}; {@code timeOfDay} is the TIMEX3 suffix, {@code T15:00} or {@code TNI}. */
    static TimexValue time(LocalDate day, String timeOfDay) {
        return new TimexValue(TimexType.TIME, Granularity.DAY, day, timeOfDay);
    }

    /** A length of time counted in {@code unit}, written {@code value} ({@code P2W}). */
    static TimexValue duration(Granularity unit, String value) {
        return new TimexValue(TimexType.DURATION, unit, null, value);
    }

    /** A time repeating every {@code unit} or so, written {@code value} ({@code P1D}, {@code XXXX-07}). */
    static TimexValue set(Granularity unit, String value) {
        return new TimexValue(TimexType.SET, unit, null, value);
    }

    /** True for the values that name a place on the calendar: dates with a day, and times. */
    boolean isCalendar() {
        return firstDay != null;
    }

    /**
     * The same period moved by whole years, keeping its granularity: the year-ago
     * quarter of a quarter. A time becomes the date of its day, a year away.
     */
    TimexValue plusYears(long years) {
        return isCalendar() ? of(granularity, firstDay.plusYears(years)) : this;
    }

    /** The TIMEX3 value string. */
    String value() {
        return switch (type) {
            case DATE -> isCalendar() ? calendarValue() : token;
            case TIME -> firstDay + token;
            case DURATION, SET -> token;
        };
    }

    private String calendarValue() {
        int year = firstDay.getYear();
        return switch (granularity) {
            case DAY -> firstDay.toString();
            case WEEK -> isoWeek(firstDay);
            case WEEKEND -> isoWeek(firstDay) + "-WE";
            case MONTH -> String.format("%04d-%02d", year, firstDay.getMonthValue());
            case QUARTER -> String.format("%04d-Q%d", year, (firstDay.getMonthValue() + 2) / 3);
            case HALF_YEAR -> String.format("%04d-H%d", year, firstDay.getMonthValue() <= 6 ? 1 : 2);
            case SEASON -> String.format("%04d-%s", year, seasonCode(firstDay.getMonthValue()));
            case YEAR -> String.format("%04d", year);
            case DECADE -> String.format("%03d", year / 10);
            case CENTURY -> String.format("%02d", year / 100);
            case HOUR, MINUTE, SECOND, REFERENCE ->
                    throw new IllegalStateException("calendar date with granularity " + granularity);
        };
    }

    private static String isoWeek(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Seasons are stored by the month they start in: March, June, September, December. */
    private static String seasonCode(int startMonth) {
        return switch (startMonth) {
            case 3 -> "SP";
            case 6 -> "SU";
            case 9 -> "FA";
            default -> "WI";
        };
    }
}
