package org.entente.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The calendar reckoning that date rules share: which year a month and day written
 * without one falls in, moving a value by whole units, and the holidays whose date
 * moves from year to year. Stateless.
 */
final class NewsCalendar {

    private NewsCalendar() {
    }

    static Optional<TimexValue> dayOf(int year, int month, int day) {
        try {
            return Optional.of(TimexValue.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A slash date, month first as American wires write it, unless the first number cannot be a month. */
    static Optional<TimexValue> slashDay(int a, int b, int year) {
        return a > 12 ? dayOf(year, b, a) : dayOf(year, a, b);
    }

    static int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        return year;
    }

    /**
     * The year of a date written without one. News reports the past, so it is the
     * anchor's year unless that puts it more than a month after the anchor ("Dec. 15"
     * read in January is last December's); in a clause about the future it is the
     * next one that is not more than a month before the anchor. A story the text
     * tells back in time keeps its year: a day up to two months after the last
     * date it named, when that date lies months before the anchor, is in that
     * date's year.
     */
    static LocalDate occurrence(MonthDay monthDay, RuleMatch m, DiscourseContext c) {
        LocalDate anchor = c.anchor();
        LocalDate told = c.reference().filter(r -> r.granularity() == Granularity.DAY).map(TimexValue::firstDay).orElse(null);
        if (told != null && told.isBefore(anchor.minusMonths(3))) {
            LocalDate then = atYear(monthDay, told.getYear());
            long after = ChronoUnit.DAYS.between(told, then);
            if (after >= 0 && after <= 60) {
                return then;
            }
        }
        LocalDate candidate = atYear(monthDay, anchor.getYear());
        if (c.speaksOfFuture(m.start(), m.end())) {
            return candidate.isBefore(anchor.minusMonths(1)) ? atYear(monthDay, anchor.getYear() + 1) : candidate;
        }
        return candidate.isAfter(anchor.plusMonths(1)) ? atYear(monthDay, anchor.getYear() - 1) : candidate;
    }

    /** 29 February falls back to the 28th in a common year. */
    private static LocalDate atYear(MonthDay monthDay, int year) {
        return monthDay.isValidYear(year) ? monthDay.atYear(year) : LocalDate.of(year, monthDay.getMonth(), 28);
    }

    /** The occurrence of a month and day closest to the anchor, for holidays named without a year. */
    static LocalDate nearestOccurrence(MonthDay monthDay, LocalDate anchor) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            if (!monthDay.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = monthDay.atYear(year);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
                    < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
                best = candidate;
            }
        }
        return best;
    }

    static int quarterOf(LocalDate day) {
        return day.get(IsoFields.QUARTER_OF_YEAR);
    }

    static int yearOffset(String relation) {
        return switch (relation) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    static boolean isPartOfYear(TimexValue value) {
        return value.granularity() == Granularity.QUARTER || value.granularity() == Granularity.HALF_YEAR;
    }

    static TimexValue unitAt(String unit, LocalDate day, int offset) {
        return switch (unit) {
            case "day" -> TimexValue.day(day.plusDays(offset));
            case "week" -> TimexValue.of(Granularity.WEEK, day.plusWeeks(offset));
            case "weekend" -> TimexValue.of(Granularity.WEEKEND, day.plusWeeks(offset));
            case "month" -> TimexValue.month(day.plusMonths(offset).getYear(), day.plusMonths(offset).getMonthValue());
            default -> TimexValue.year(day.getYear() + offset);
        };
    }

    static Granularity unitGranularity(String unit) {
        return switch (unit) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "decade" -> Granularity.DECADE;
            case "century" -> Granularity.CENTURY;
            default -> Granularity.YEAR;
        };
    }

    static TimexValue shift(TimexValue value, String unit, long amount) {
        LocalDate day = value.firstDay();
        LocalDate shifted = switch (unit) {
            case "day" -> day.plusDays(amount);
            case "week" -> day.plusWeeks(amount);
            case "month" -> day.plusMonths(amount);
            case "decade" -> day.plusYears(10 * amount);
            case "century" -> day.plusYears(100 * amount);
            default -> day.plusYears(amount);
        };
        return TimexValue.of(value.granularity(), shifted);
    }

    static int granularityRank(Granularity g) {
        return switch (g) {
            case DAY -> 0;
            case WEEK, WEEKEND -> 1;
            case MONTH -> 2;
            case QUARTER, SEASON -> 3;
            case HALF_YEAR -> 4;
            case YEAR -> 5;
            default -> 6;
        };
    }

    /** US Thanksgiving (fourth Thursday of November), US Election Day, Western Easter. */
    static LocalDate movableFeast(String name, int year) {
        if (name.startsWith("thanksgiving")) {
            return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        }
        if (name.equals("election day")) {
            return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
        }
        return easterSunday(year);
    }

    /** The anonymous Gregorian computus. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
