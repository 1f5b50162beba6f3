package org.entente.extract.time;

import java.util.Objects;

/**
 * A temporal expression found in a text: where it is, what it says, its TIMEX3 type
 * and its value in TimeML TIMEX3 notation ({@code 2025-02-24}, {@code 2025-W08},
 * {@code PRESENT_REF} for a date; {@code 2025-02-24T15:00} for a time; {@code P3D}
 * for a duration; {@code P1W} or {@code XXXX-WXX-4} for a set).
 *
 * @param start       index of the first character in the text
 * @param end         index just after the last character (exclusive)
 * @param text        the text between {@code start} and {@code end}
 * @param value       the normalised TIMEX3 value
 * @param granularity the calendar unit the text speaks of; for a duration or a set, the unit it counts
 * @param type        DATE, TIME, DURATION or SET; only dates and times name a place on the calendar
 */
public record TemporalExpression(int start, int end, String text, String value, Granularity granularity,
                                 TimexType type) {

    public TemporalExpression {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(type, "type");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span [" + start + ", " + end + ")");
        }
    }

    /** True when this expression shares at least one character with {@code [otherStart, otherEnd)}. */
    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
