package org.entente.extract.time;

import static org.entente.extract.time.DateRule.guarded;
import static org.entente.extract.time.DateRule.rule;
import static org.entente.extract.time.EnglishDateWords.MONTH;
import static org.entente.extract.time.EnglishDateWords.WEEKDAY;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for times of day in English news text: clock times ("3 p.m.",
 * "10:35 a.m. EST", "noon"), dates written with a time ("1998-02-06 22:19"), and
 * parts of a day ("this morning", "Friday night", "last night").
 *
 * <p>A time falls on the anchor's day unless the expression names its day: "today",
 * "yesterday" or "tomorrow", a weekday (read as a date rule reads it, by the tense of
 * its clause), or a month and day. The value is the day with a TIMEX3 time suffix:
 * {@code T15:00}, {@code T12:00} for noon, {@code T24:00} for midnight (the end of the
 * day), {@code TMO}, {@code TAF}, {@code TEV} or {@code TNI} for morning, afternoon,
 * evening and night. A time zone is allowed after a clock time and left out of the value.
 */
final class EnglishTimeRules {

    private EnglishTimeRules() {
    }

    /**
     * "3 p.m.", "10:35 am", "noon", and "4 in the morning" after a preposition, so that
     * "killed 12 in the morning raid" is not read as a time.
     */
    private static final String CLOCK = "(?:(?<![\\w$.:,/])(?<hour>\\d{1,2})(?:[:.](?<minute>[0-5]\\d))?\\s*"
            + "(?<half>[ap])\\.?\\s?m(?:\\.|\\b)"
            + "|(?<=\\b(?:at|by|until|till|before|after|around|about|from)\\s)(?<hourw>\\d{1,2})(?:\\s+o'clock)?"
            + "\\s+in\\s+the\\s+(?<inthe>morning|afternoon|evening)\\b"
            + "|\\b(?<named>noon|midday|midnight)\\b)";

    /** A time zone, in capitals only, so that "est" or "cet" in a word do not count. */
    private static final String ZONE = "(?:\\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)\\b)?";

    /** A short aside in brackets between a clock time and its day, such as the time in another zone. */
    private static final String ASIDE = "(?:\\s+\\([^()]{1,20}\\))?";

    /** The day a clock time may name, before or after it. */
    private static final String DAY = "(?:(?<rday>today|yesterday|tomorrow|tonight)\\b"
            + "|(?:(?<rel>last|next|this past|this coming|this|coming|past)\\s+)?(?<weekday>" + WEEKDAY + ")\\b"
            + "|(?<month>" + MONTH + ")\\s+(?<mday>\\d{1,2})(?!\\d)(?:,?\\s+(?<year>\\d{4})(?!\\d))?)";

    private static final String PART = "(?<part>morning|afternoon|evening|night)";

    /** Words that may follow "overnight" the adverb; before a noun it is an adjective ("overnight rates"). */
    private static final Pattern AFTER_ADVERB = Pattern.compile(
            "^\\s*(?:[.,;:!?)\"']|$|(?:in|on|at|with|and|but|as|when|while|after|before|from|to|into|near|by|for|"
                    + "the|a|an|amid|despite|during|outside|inside)\\b)", Pattern.CASE_INSENSITIVE);

    /** The rules, longest forms first. */
    static List<DateRule> all() {
        return List.of(
                rule("iso date and time", "\\b(?<iyear>\\d{4})-(?<imonth>\\d{2})-(?<iday>\\d{2})(?:T|\\s+)"
                                + "(?<hour24>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?!\\d)",
                        EnglishTimeRules::numericDateTime),
                rule("slash date and time", "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<syear>\\d{4}|\\d{2})\\s+"
                                + "(?<hour24>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?(?!\\d)",
                        EnglishTimeRules::numericDateTime),
                guarded("clock time", CLOCK + ZONE + "(?:" + ASIDE + ",?\\s+(?:on\\s+)?" + DAY + ")?",
                        EnglishTimeRules::isClockTime, EnglishTimeRules::clockTime),
                guarded("day and clock time", "\\b" + DAY + ",?\\s+(?:at\\s+)?" + CLOCK + ZONE,
                        EnglishTimeRules::isClockTime, EnglishTimeRules::clockTime),
                guarded("part of day", "(?<![\\w-])(?:(?<mod>early|late|mid)[\\s-]*)?"
                                + "(?:(?<rday>today|yesterday|tomorrow)\\s+"
                                + "|(?:(?<rel>last|next|this past|this coming|coming|past)\\s+)?(?<weekday>" + WEEKDAY
                                + ")\\s+(?:(?:early|late)\\s+)?"
                                + "|(?<this>later this|earlier this|early this|late this|this|last)\\s+)?"
                                + PART + "(?:\\s+(?<rday2>today|yesterday|tomorrow)|\\s+(?<weekday2>" + WEEKDAY + "))?"
                                + "(?![\\w-])",
                        EnglishTimeRules::isPartOfANamedDay, EnglishTimeRules::partOfDay),
                guarded("night word", "\\b(?<word>tonight|overnight)\\b",
                        EnglishTimeRules::isAdverb, EnglishTimeRules::nightWord));
    }

    // ---- guards

    /** Weekdays and months need their capital; "high noon" is a figure of speech. */
    private static boolean isClockTime(RuleMatch m, String text) {
        if (m.has("named") && m.start() >= 5 && text.regionMatches(true, m.start() - 5, "high ", 0, 5)) {
            return false;
        }
        return capitalisedIfPresent(m, "weekday") && capitalisedIfPresent(m, "month");
    }

    /** "morning" alone is a noun ("a quiet morning"); a part of a day needs a day or a modifier. */
    private static boolean isPartOfANamedDay(RuleMatch m, String text) {
        boolean qualified = m.has("mod") || m.has("rday") || m.has("weekday") || m.has("this") || m.has("rday2")
                || m.has("weekday2");
        return qualified && capitalisedIfPresent(m, "weekday") && capitalisedIfPresent(m, "weekday2");
    }

    private static boolean isAdverb(RuleMatch m, String text) {
        return m.word("word").equals("tonight")
                || AFTER_ADVERB.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
    }

    private static boolean capitalisedIfPresent(RuleMatch m, String group) {
        return !m.has(group) || Character.isUpperCase(m.group(group).charAt(0));
    }

    // ---- resolvers

    /** "1998-02-06 22:19", "02/06/1998 22:19:00": the slash form is read month first, like a slash date. */
    private static Optional<TimexValue> numericDateTime(RuleMatch m, DiscourseContext c) {
        Optional<TimexValue> day;
        if (m.has("iyear")) {
            day = NewsCalendar.dayOf(Integer.parseInt(m.group("iyear")), Integer.parseInt(m.group("imonth")),
                    Integer.parseInt(m.group("iday")));
        } else {
            day = NewsCalendar.slashDay(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                    NewsCalendar.fullYear(m.group("syear")));
        }
        int hour = Integer.parseInt(m.group("hour24"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.has("second") ? Integer.parseInt(m.group("second")) : 0;
        if (hour > 24 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        String suffix = String.format("T%02d:%02d", hour, minute) + (second == 0 ? "" : String.format(":%02d", second));
        return day.map(d -> TimexValue.time(d.firstDay(), suffix));
    }

    private static Optional<TimexValue> clockTime(RuleMatch m, DiscourseContext c) {
        Optional<String> suffix = clock(m);
        Optional<LocalDate> day = day(m, c);
        if (suffix.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(TimexValue.time(day.get(), suffix.get()));
    }

    /** The TIMEX3 suffix of a clock time: {@code T15:30}, {@code T12:00} for noon, {@code T24:00} for midnight. */
    private static Optional<String> clock(RuleMatch m) {
        if (m.has("named")) {
            return Optional.of(m.word("named").equals("midnight") ? "T24:00" : "T12:00");
        }
        boolean afternoon;
        int hour;
        if (m.has("hour")) {
            hour = Integer.parseInt(m.group("hour"));
            afternoon = m.word("half").equals("p");
        } else {
            hour = Integer.parseInt(m.group("hourw"));
            afternoon = !m.word("inthe").equals("morning");
        }
        int minute = m.has("minute") ? Integer.parseInt(m.group("minute")) : 0;
        if (hour < 1 || hour > 12) {
            return Optional.empty();
        }
        int hour24 = hour % 12 + (afternoon ? 12 : 0);
        return Optional.of(String.format("T%02d:%02d", hour24, minute));
    }

    /** "Friday morning", "yesterday afternoon", "later this afternoon", "last night", "mid-afternoon". */
    private static Optional<TimexValue> partOfDay(RuleMatch m, DiscourseContext c) {
        String suffix = switch (m.word("part")) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            default -> "TNI";
        };
        Optional<LocalDate> day;
        if (m.has("rday2")) {
            day = Optional.of(RelativeDates.relativeDay(m.word("rday2"), c.anchor()));
        } else if (m.has("weekday2")) {
            day = Optional.of(RelativeDates.weekday(m.group("weekday2"), "", m, c));
        } else if (m.word("this").equals("last")) {
            day = Optional.of(c.anchor().minusDays(1));
        } else {
            day = day(m, c);
        }
        return day.map(d -> TimexValue.time(d, suffix));
    }

    /** "tonight" is the anchor's night; "overnight", in news, the night that has just ended. */
    private static Optional<TimexValue> nightWord(RuleMatch m, DiscourseContext c) {
        LocalDate day = m.word("word").equals("tonight") ? c.anchor() : c.anchor().minusDays(1);
        return Optional.of(TimexValue.time(day, "TNI"));
    }

    /** The day a time expression names, or the anchor when it names none. */
    private static Optional<LocalDate> day(RuleMatch m, DiscourseContext c) {
        if (m.has("rday")) {
            return Optional.of(RelativeDates.relativeDay(m.word("rday"), c.anchor()));
        }
        if (m.has("weekday")) {
            return Optional.of(RelativeDates.weekday(m.group("weekday"), m.word("rel"), m, c));
        }
        if (m.has("month")) {
            int month = EnglishDateWords.month(m.group("month"));
            int day = Integer.parseInt(m.group("mday"));
            if (m.has("year")) {
                return NewsCalendar.dayOf(Integer.parseInt(m.group("year")), month, day).map(TimexValue::firstDay);
            }
            try {
                return Optional.of(NewsCalendar.occurrence(MonthDay.of(month, day), m, c));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(c.anchor());
    }
}
