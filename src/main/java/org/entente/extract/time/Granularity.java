package org.entente.extract.time;

/**
 * The calendar unit a normalised expression speaks of: "on Monday" is a
 * {@link #DAY}, "in September 2023" a {@link #MONTH}, "in 2023" a {@link #YEAR}.
 * A time of day has the granularity of its day. A duration or a set has the unit it
 * counts or repeats: "three weeks" and "weekly" are {@link #WEEK}s, "five hours" is
 * in {@link #HOUR}s. {@link #REFERENCE} marks the TIMEX3 tokens {@code PRESENT_REF},
 * {@code PAST_REF} and {@code FUTURE_REF}, which name no calendar unit at all.
 */
public enum Granularity {
    DAY,
    WEEK,
    /** A weekend, written {@code 2025-W08-WE}. */
    WEEKEND,
    MONTH,
    QUARTER,
    /** Half a year, written {@code 2025-H1}. */
    HALF_YEAR,
    /** Spring, summer, autumn or winter, written {@code 2025-SP}, {@code -SU}, {@code -FA}, {@code -WI}. */
    SEASON,
    YEAR,
    /** Written with the first three digits of its years, {@code 199} for the 1990s, as TIMEX3 has it. */
    DECADE,
    /** Written with the first two digits of its years, {@code 19} for the 1900s. */
    CENTURY,
    /** Only durations and sets are counted in hours, minutes and seconds. */
    HOUR,
    MINUTE,
    SECOND,
    REFERENCE
}
