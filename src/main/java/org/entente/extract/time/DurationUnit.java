package org.entente.extract.time;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * A unit that durations and sets are counted in, with the letter TIMEX3 writes it
 * with. Units below a day go after the {@code T} of the value ({@code PT5H}); decades
 * and centuries are written in years ({@code P10Y}, {@code P100Y}).
 */
enum DurationUnit {
    SECOND("S", 1, Granularity.SECOND),
    MINUTE("M", 1, Granularity.MINUTE),
    HOUR("H", 1, Granularity.HOUR),
    DAY("D", 1, Granularity.DAY),
    WEEK("W", 1, Granularity.WEEK),
    MONTH("M", 1, Granularity.MONTH),
    QUARTER("Q", 1, Granularity.QUARTER),
    YEAR("Y", 1, Granularity.YEAR),
    DECADE("Y", 10, Granularity.DECADE),
    CENTURY("Y", 100, Granularity.CENTURY);

    private final String letter;
    private final int factor;
    private final Granularity granularity;

    DurationUnit(String letter, int factor, Granularity granularity) {
        this.letter = letter;
        this.factor = factor;
        this.granularity = granularity;
    }

    /** The unit a word names, singular or plural: "day", "weeks", "centuries", "night" (a day). */
    static Optional<DurationUnit> of(String word) {
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (w.startsWith("centur")) {
            return Optional.of(CENTURY);
        }
        if (w.startsWith("night")) {
            return Optional.of(DAY);
        }
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        for (DurationUnit unit : values()) {
            if (unit.name().toLowerCase(Locale.ROOT).equals(singular)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    Granularity granularity() {
        return granularity;
    }

    boolean isBelowADay() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }

    /** The TIMEX3 value of {@code count} of this unit: {@code P3D}, {@code PT30M}, {@code P20Y} for two decades. */
    String value(BigDecimal count) {
        BigDecimal n = count.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
        return prefix() + n.toPlainString() + letter;
    }

    /**
     * The value of {@code whole} and a half of this unit, the half written in the next
     * smaller unit where TIMEX3 has one: {@code P2Y6M}, {@code PT5H30M}, {@code P1DT12H};
     * otherwise as a decimal, {@code P1.5W}.
     */
    String valueAndAHalf(int whole) {
        return switch (this) {
            case YEAR -> "P" + whole + "Y6M";
            case DAY -> "P" + whole + "DT12H";
            case HOUR -> "PT" + whole + "H30M";
            case MINUTE -> "PT" + whole + "M30S";
            default -> value(BigDecimal.valueOf(whole).add(new BigDecimal("0.5")));
        };
    }

    /** The value of an unknown number of this unit: {@code PXY}, {@code PTXH}; decades and centuries {@code PXY}. */
    String unknownCount() {
        return prefix() + "X" + letter;
    }

    private String prefix() {
        return isBelowADay() ? "PT" : "P";
    }
}
