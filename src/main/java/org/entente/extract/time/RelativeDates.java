package org.entente.extract.time;

import static org.entente.extract.time.NewsCalendar.granularityRank;
import static org.entente.extract.time.NewsCalendar.isPartOfYear;
import static org.entente.extract.time.NewsCalendar.movableFeast;
import static org.entente.extract.time.NewsCalendar.nearestOccurrence;
import static org.entente.extract.time.NewsCalendar.quarterOf;
import static org.entente.extract.time.NewsCalendar.shift;
import static org.entente.extract.time.NewsCalendar.unitAt;
import static org.entente.extract.time.NewsCalendar.unitGranularity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Resolvers for dates read against the anchor or against the date the text named
 * last: "yesterday", "on Monday", "last week", "two years ago", "a year earlier",
 * holidays, and the vague references {@code PRESENT_REF}, {@code PAST_REF} and
 * {@code FUTURE_REF}.
 */
final class RelativeDates {

    private RelativeDates() {
    }

    private static final Map<String, TimexValue> REFERENCE_WORDS = Map.ofEntries(
            Map.entry("now", TimexValue.PRESENT), Map.entry("currently", TimexValue.PRESENT),
            Map.entry("current", TimexValue.PRESENT), Map.entry("nowadays", TimexValue.PRESENT),
            Map.entry("presently", TimexValue.PRESENT), Map.entry("at present", TimexValue.PRESENT),
            Map.entry("these days", TimexValue.PRESENT), Map.entry("recently", TimexValue.PAST),
            Map.entry("lately", TimexValue.PAST), Map.entry("the past", TimexValue.PAST),
            Map.entry("recent years", TimexValue.PAST), Map.entry("recent months", TimexValue.PAST),
            Map.entry("recent weeks", TimexValue.PAST), Map.entry("recent days", TimexValue.PAST),
            Map.entry("past years", TimexValue.PAST), Map.entry("the future", TimexValue.FUTURE),
            Map.entry("the near future", TimexValue.FUTURE));

    static Optional<TimexValue> relativeDay(RuleMatch m, DiscourseContext c) {
        return Optional.of(TimexValue.day(relativeDay(m.word("word"), c.anchor())));
    }

    /** The day "today", "yesterday", "tomorrow", "the day before yesterday" or "the day after tomorrow" names. */
    static LocalDate relativeDay(String word, LocalDate anchor) {
        return switch (word) {
            case "yesterday" -> anchor.minusDays(1);
            case "tomorrow" -> anchor.plusDays(1);
            case "the day before yesterday" -> anchor.minusDays(2);
            case "the day after tomorrow" -> anchor.plusDays(2);
            default -> anchor;
        };
    }

    static Optional<TimexValue> weekday(RuleMatch m, DiscourseContext c) {
        return Optional.of(TimexValue.day(weekday(m.group("weekday"), m.word("rel"), m, c)));
    }

    /**
     * The day a weekday names: "on Monday" is the latest Monday on or before the anchor,
     * unless the clause of the match speaks of the future; "last Monday" and "next
     * Monday" never mean the anchor itself.
     *
     * @param name     the weekday's name
     * @param relation the word before it ("last", "next", "this"...), or ""
     * @param m        the match the weekday is part of, whose clause gives the tense
     */
    static LocalDate weekday(String name, String relation, RuleMatch m, DiscourseContext c) {
        DayOfWeek weekday = EnglishDateWords.weekday(name);
        LocalDate anchor = c.anchor();
        return switch (relation) {
            case "last", "past", "this past" -> anchor.with(TemporalAdjusters.previous(weekday));
            case "next", "coming", "this coming" -> anchor.with(TemporalAdjusters.next(weekday));
            case "this" -> anchor.with(weekday);
            default -> c.speaksOfFuture(m.start(), m.end())
                    ? anchor.with(TemporalAdjusters.nextOrSame(weekday))
                    : anchor.with(TemporalAdjusters.previousOrSame(weekday));
        };
    }

    /**
     * "the weekend" in past-tense news is the one before the anchor, unless the anchor
     * falls on it; ahead of the news it is the coming one.
     */
    static Optional<TimexValue> weekend(RuleMatch m, DiscourseContext c) {
        LocalDate anchor = c.anchor();
        LocalDate saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        boolean onWeekend = anchor.getDayOfWeek() == DayOfWeek.SATURDAY || anchor.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate coming = onWeekend ? saturday : saturday.plusWeeks(1);
        LocalDate day = switch (m.word("rel")) {
            case "last", "this past", "the previous" -> onWeekend ? saturday.minusWeeks(1) : saturday;
            case "next", "the following" -> coming.plusWeeks(onWeekend ? 1 : 0);
            case "this coming", "the coming" -> coming;
            default -> onWeekend || !c.speaksOfFuture(m.start(), m.end()) ? saturday : coming;
        };
        return Optional.of(TimexValue.of(Granularity.WEEKEND, day));
    }


    /** "last week", "this month", "earlier this year", "the end of next year". */
    static Optional<TimexValue> relativeUnit(RuleMatch m, DiscourseContext c) {
        String rel = m.word("rel");
        int offset = rel.startsWith("last") || rel.endsWith(" last") ? -1
                : rel.startsWith("next") || rel.endsWith(" next") || rel.endsWith("coming") ? 1 : 0;
        return Optional.of(unitAt(m.word("unit"), c.anchor(), offset));
    }

    /** "that year", "the same day", "the following week": counted from the last date the text named. */
    static Optional<TimexValue> sameUnit(RuleMatch m, DiscourseContext c) {
        Optional<TimexValue> reference = c.reference();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        String rel = m.word("rel");
        int offset = rel.equals("the following") || rel.equals("the next") ? 1 : rel.equals("the previous") ? -1 : 0;
        TimexValue value = unitAt(m.word("unit"), reference.get().firstDay(), offset);
        return granularityRank(value.granularity()) < granularityRank(reference.get().granularity())
                ? Optional.empty() : Optional.of(value);
    }

    /**
     * "two years ago" counts back from the anchor; "a year earlier" from the date
     * named last, keeping its granularity (business news: the year-ago quarter).
     */
    static Optional<TimexValue> unitsAgo(RuleMatch m, DiscourseContext c) {
        String dir = m.word("dir");
        boolean backwards = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
        OptionalInt n = EnglishDateWords.cardinal(m.word("n"));
        if (n.isEmpty()) {
            return Optional.of(backwards ? TimexValue.PAST : TimexValue.FUTURE);
        }
        long amount = backwards ? -n.getAsInt() : n.getAsInt();
        String unit = m.word("unit").startsWith("centur") ? "century" : m.word("unit");
        boolean fromAnchor = dir.equals("ago") || dir.startsWith("from") || dir.equals("hence");
        Optional<TimexValue> reference = c.reference();
        if (unit.equals("year") && c.lastQuarter().isPresent()) {
            return Optional.of(c.lastQuarter().get().plusYears(amount));
        }
        if (unit.equals("year") && reference.isPresent() && (!fromAnchor || isPartOfYear(reference.get()))) {
            return Optional.of(reference.get().plusYears(amount));
        }
        if (!fromAnchor && reference.isPresent()) {
            return Optional.of(shift(reference.get(), unit, amount));
        }
        return Optional.of(shift(TimexValue.of(unitGranularity(unit), c.anchor()), unit, amount));
    }

    static Optional<TimexValue> yearAgoAdjective(RuleMatch m, DiscourseContext c) {
        Optional<TimexValue> reference = c.reference();
        if (m.word("noun").equals("quarter")) {
            reference = reference.filter(r -> r.granularity() == Granularity.QUARTER);
            TimexValue lastQuarter = TimexValue.quarter(c.anchor().minusMonths(3).getYear(),
                    quarterOf(c.anchor().minusMonths(3)));
            return Optional.of(reference.orElse(lastQuarter).plusYears(-1));
        }
        return Optional.of(reference.orElse(TimexValue.year(c.anchor().getYear())).plusYears(-1));
    }

    /**
     * "the third anniversary of the invasion": the event fell on the anchor's
     * day, three years before; or on the day the text says the anniversary is
     * ("Yesterday was the 70th anniversary").
     */
    static Optional<TimexValue> anniversary(RuleMatch m, DiscourseContext c) {
        OptionalInt years = EnglishDateWords.ordinal(m.group("ord"));
        if (years.isEmpty() || years.getAsInt() < 1 || years.getAsInt() > 1000) {
            return Optional.empty();
        }
        return Optional.of(TimexValue.day(c.daySaidToBe(m.start()).orElse(c.anchor()).minusYears(years.getAsInt())));
    }

    static Optional<TimexValue> holiday(RuleMatch m, DiscourseContext c) {
        LocalDate anchor = c.anchor();
        String name = m.word("name");
        if (name.startsWith("thanksgiving") || name.equals("election day") || name.startsWith("easter")) {
            LocalDate thisYear = movableFeast(name, anchor.getYear());
            LocalDate nearest = thisYear;
            for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y += 2) {
                LocalDate other = movableFeast(name, y);
                if (Math.abs(ChronoUnit.DAYS.between(anchor, other)) < Math.abs(ChronoUnit.DAYS.between(anchor, nearest))) {
                    nearest = other;
                }
            }
            return Optional.of(TimexValue.day(nearest));
        }
        MonthDay day = switch (name) {
            case "christmas eve" -> MonthDay.of(12, 24);
            case "christmas day", "christmas" -> MonthDay.of(12, 25);
            case "new year's eve" -> MonthDay.of(12, 31);
            case "new year's day" -> MonthDay.of(1, 1);
            case "independence day" -> MonthDay.of(7, 4);
            case "halloween" -> MonthDay.of(10, 31);
            default -> MonthDay.of(2, 14);
        };
        return Optional.of(TimexValue.day(nearestOccurrence(day, anchor)));
    }

    static Optional<TimexValue> referenceWord(RuleMatch m, DiscourseContext c) {
        return Optional.ofNullable(REFERENCE_WORDS.get(m.word("word")));
    }
}
