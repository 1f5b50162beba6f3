package org.entente.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * A resolved date before it is tied to a span: a granularity and the first day of
 * the period it names, so that "a year earlier" can shift it and keep its unit.
 * Reference values ({@code PRESENT_REF}...) carry their token and no date.
 */
record TimexValue(Granularity granularity, LocalDate firstDay, String referenceToken) {

    static final TimexValue PRESENT = new TimexValue(Granularity.REFERENCE, null, "PRESENT_REF");
    static final TimexValue PAST = new TimexValue(Granularity.REFERENCE, null, "PAST_REF");
    static final TimexValue FUTURE = new TimexValue(Granularity.REFERENCE, null, "FUTURE_REF");

    TimexValue {
        Objects.requireNonNull(granularity, "granularity");
        if ((granularity == Granularity.REFERENCE) != (firstDay == null)) {
            throw new IllegalArgumentException("a reference value has a token and no date; a calendar value a date");
        }
    }

    static TimexValue of(Granularity granularity, LocalDate firstDay) {
        return new TimexValue(granularity, firstDay, null);
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

    boolean isCalendar() {
        return firstDay != null;
    }

    /** The same period moved by whole years, keeping its granularity: the year-ago quarter of a quarter. */
    TimexValue plusYears(long years) {
        return isCalendar() ? of(granularity, firstDay.plusYears(years)) : this;
    }

    /** The TIMEX3 value string. */
    String value() {
        if (!isCalendar()) {
            return referenceToken;
        }
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
            case REFERENCE -> throw new IllegalStateException("calendar value with REFERENCE granularity");
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
