package org.entente.extract.time;

import static org.entente.extract.time.DateRule.anaphoric;
import static org.entente.extract.time.DateRule.caseSensitive;
import static org.entente.extract.time.DateRule.guarded;
import static org.entente.extract.time.DateRule.rule;
import static org.entente.extract.time.EnglishDateWords.CARDINAL;
import static org.entente.extract.time.EnglishDateWords.MONTH;
import static org.entente.extract.time.EnglishDateWords.ORDINAL;
import static org.entente.extract.time.EnglishDateWords.WEEKDAY;
import static org.entente.extract.time.NewsCalendar.dayOf;
import static org.entente.extract.time.NewsCalendar.fullYear;
import static org.entente.extract.time.NewsCalendar.occurrence;
import static org.entente.extract.time.NewsCalendar.yearOffset;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The date rules for English news text: one pattern, guard and resolver per way of
 * writing a date. Dates written out are resolved here; the parts of a year are
 * resolved by {@link PartsOfYear} and dates relative to the anchor or to an earlier
 * date by {@link RelativeDates}. The order of {@link #all()} breaks ties between
 * matches of equal length: earlier rules win.
 */
final class EnglishDateRules {

    private EnglishDateRules() {
    }

    /** Characters after which a match is glued to something else ("$1990", "No. 4"). */
    private static final Set<Character> GLUE_BEFORE = Set.of('$', '£', '€', '#', '-', '/', '.', ',');

    private static final Pattern COUNTED_AFTER = Pattern.compile(
            "^(?:%|,\\d|\\.\\d|-\\d|\\s*(?:percent|shares|people|troops|soldiers|workers|jobs|members|tons|tonnes|"
                    + "miles|kilometers|kilometres|feet|meters|metres|yards|pounds|dollars|points|cars|vehicles|"
                    + "barrels|acres|votes|seats|units|employees|delegates|refugees|prisoners|students|men|women|"
                    + "children|homes|hours|minutes|kilograms|tanks|aircraft|planes|ships|missiles|rounds|cases|"
                    + "deaths|words|pages|copies|calories|mark|level|model|series|[ap]\\.m\\.)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TIME_UNIT_AFTER = Pattern.compile(
            "^\\s+(?:" + CARDINAL + "\\s+|few\\s+|several\\s+)?(?:days?|weeks?|months?|years?|decades?|centur)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern MONTH_CONTEXT_BEFORE = Pattern.compile(
            "\\b(?:in|since|until|till|by|of|from|through|during|before|after|last|next|this|early|late|mid|and|or|"
                    + "between|to|on|for|the|end|beginning|start)[\\s-]+$",
            Pattern.CASE_INSENSITIVE);

    /** The rules, most specific first. */
    static List<DateRule> all() {
        return List.of(
                rule("iso date", "\\b(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})\\b",
                        EnglishDateRules::isoDate),
                rule("slash date", "(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>\\d{4}|\\d{2})(?![\\d/])",
                        EnglishDateRules::slashDate),
                guarded("month day year", "\\b(?:(?<weekday>" + WEEKDAY + "),?\\s+)?(?<month>" + MONTH + ")\\s+"
                                + "(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d|\\.\\d|,\\d)"
                                + "(?:,?\\s+(?<year>\\d{4})(?!\\d))?",
                        EnglishDateRules::monthIsCapitalised, EnglishDateRules::monthDay),
                guarded("day month year", "\\b(?:(?<weekday>" + WEEKDAY + "),?\\s+)?(?:the\\s+)?"
                                + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>" + MONTH + ")"
                                + "(?:,?\\s+(?<year>\\d{4})(?!\\d))?(?!\\w)",
                        EnglishDateRules::monthIsCapitalised, EnglishDateRules::monthDay),
                guarded("month year", "\\b(?:(?:early|late|mid|the end of|the beginning of|the start of"
                                + "|the middle of)[- ]?\\s*)?(?<month>" + MONTH + "),?\\s+(?:of\\s+)?"
                                + "(?:(?<year>\\d{4})(?!\\d)|(?<yrel>last|this|next)\\s+year(?!\\w))",
                        EnglishDateRules::monthIsCapitalised, EnglishDateRules::monthYear),
                guarded("month", "(?<!\\w)(?:(?<rel>last|next|this|this past|this coming|the coming|past)\\s+)?"
                                + "(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of)"
                                + "[- ]?\\s*)?(?<month>" + MONTH + ")(?![\\w-])",
                        EnglishDateRules::isMonthNotWord, EnglishDateRules::month),
                rule("ordinal quarter", "\\b(?:(?<pyear>\\d{4})(?:'s)?\\s+|(?<det>the|this|last|next|this year's"
                                + "|last year's|next year's|the year's|its|their|the year-ago|the year-earlier"
                                + "|the comparable year-ago|the comparable year-earlier)\\s+)?(?:fiscal\\s+|calendar\\s+)?"
                                + "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter"
                                + "(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year>\\d{4})|(?<yrel>this|last|next)\\s+year))?"
                                + "(?!\\w)",
                        PartsOfYear::ordinalQuarter),
                caseSensitive("quarter code", "\\bQ(?<ord>[1-4])(?:\\s+(?<year>\\d{4}))?\\b",
                        PartsOfYear::ordinalQuarter),
                anaphoric("relative quarter", "\\b(?:the|this|that|its|their)\\s+(?:comparable\\s+|corresponding\\s+)?"
                                + "(?:(?<rel>latest|current|last"
                                + "|past|previous|prior|next|coming|year-ago|year-earlier|year-before|same|recent"
                                + "|just-ended|just-completed|most recent|fiscal)\\s+)?(?:fiscal\\s+)?"
                                + "(?<unit>quarter|period)(?![\\w-])",
                        PartsOfYear::relativeQuarter),
                anaphoric("quarter of a year", "\\bthe\\s+(?<year>\\d{4})\\s+(?<unit>quarter|period)(?!\\w)",
                        PartsOfYear::quarterOfYear),
                rule("half year", "\\b(?:the\\s+)?(?<which>first|second|last|latter|1st|2nd)\\s+half(?:\\s+of\\s+"
                                + "(?:(?<year>\\d{4})|(?<yrel>this|last|next|the)\\s+year))?(?!\\w|\\s+of)",
                        PartsOfYear::halfYear),
                guarded("season", "\\b(?:(?<rel>last|next|this|this past|this coming|the coming|the past|the)\\s+)?"
                                + "(?:(?<mod>early|late|mid)[- ]?\\s*)?(?<season>spring|summer|fall|autumn|winter)"
                                + "(?:\\s+(?:of\\s+)?(?<year>\\d{4}))?(?!\\w)",
                        EnglishDateRules::isSeasonNotWord, PartsOfYear::season),
                rule("decade", "(?<![\\w$])(?:the\\s+)?(?:(?:early|mid|late)[- ]?\\s*)?(?:(?<century>1[5-9]|20)"
                                + "(?<decade>\\d)0|'(?<short>\\d)0)'?s(?!\\w)",
                        EnglishDateRules::decade),
                rule("century", "\\b(?:(?<rel>this|last|next|the last|the past|the previous|the next"
                                + "|the current)|the\\s+(?<ord>" + ORDINAL + "))\\s+century(?!\\w)",
                        EnglishDateRules::century),
                guarded("year", "(?:(?:fiscal|calendar)\\s+)?(?<year>1[6-9]\\d\\d|20\\d\\d)(?!\\d|'?s\\b)",
                        EnglishDateRules::isYearNotCount, EnglishDateRules::year),
                rule("anniversary", "\\b(?:(?:the|its|his|her|their|this year's|this|a)\\s+)?(?<ord>" + ORDINAL
                                + ")\\s+anniversary(?!\\w)",
                        RelativeDates::anniversary),
                rule("relative day", "\\b(?:(?:early|late|earlier|later)\\s+)?(?<word>today|yesterday|tomorrow"
                                + "|the day before yesterday|the day after tomorrow)(?!\\w)",
                        RelativeDates::relativeDay),
                guarded("weekday", "\\b(?:(?<rel>last|next|this|this past|this coming|coming|past|early|late)"
                                + "\\s+)?(?<weekday>" + WEEKDAY + ")(?!\\w)",
                        EnglishDateRules::weekdayIsCapitalised, RelativeDates::weekday),
                guarded("weekend", "\\b(?:(?<rel>the|last|next|this|this past|this coming|the coming|"
                                + "the previous|the following)\\s+)weekend(?!\\w)",
                        DateRule.Guard.ANY, RelativeDates::weekend),
                rule("spoken year", "\\b(?:(?<month>" + MONTH + ")\\s+|the\\s+year\\s+)?"
                                + "(?<year>(?:nineteen|twenty)[\\s-]+(?:" + CARDINAL + ")|two thousand"
                                + "(?:\\s+and\\s+" + CARDINAL + ")?)(?![\\w-])",
                        EnglishDateRules::spokenYear),
                rule("relative unit", "\\b(?<rel>last|next|this|this past|this coming|the coming|the current"
                                + "|earlier this|later this|early this|late this|earlier last|early last"
                                + "|late last|early next|late next|the end of this|the end of last"
                                + "|the end of next|the end of the|the beginning of this|the start of this"
                                + "|the middle of this|the rest of this|the rest of the)\\s+(?:fiscal\\s+|calendar\\s+)?"
                                + "(?<unit>week|weekend|month|year)(?![\\w-])",
                        RelativeDates::relativeUnit),
                anaphoric("same unit", "\\b(?<rel>that|that same|the same|the following|the next|the previous"
                                + "|later that|earlier that)\\s+(?<unit>day|week|month|year)(?![\\w-])",
                        RelativeDates::sameUnit),
                anaphoric("units ago", "\\b(?:(?:about|almost|nearly|some|more than|less than|over|roughly|just"
                                + "|only|exactly|barely|at least)\\s+)?(?<n>" + CARDINAL + "|a few|several|few)\\s+"
                                + "(?<unit>day|week|month|year|decade|centur(?:y|ie))s?\\s+"
                                + "(?<dir>ago|earlier|later|hence|from now|from today|(?:before|after)(?=\\s*[.,;:!?]))(?!\\w)",
                        RelativeDates::unitsAgo),
                anaphoric("year-ago adjective", "\\b(?:the\\s+)?year-(?:ago|earlier)(?:\\s+(?<noun>period"
                                + "|quarter))?(?!\\w)",
                        RelativeDates::yearAgoAdjective),
                rule("holiday", "\\b(?<name>christmas eve|christmas day|christmas|new year's eve|new year's day"
                                + "|thanksgiving day|thanksgiving|election day|independence day|easter sunday"
                                + "|easter|halloween|valentine's day)(?!\\w)",
                        RelativeDates::holiday),
                guarded("reference word", "\\b(?<word>now|currently|current|nowadays|presently|at present"
                                + "|these days|recently|recent (?:years|months|weeks|days)|past years|lately"
                                + "|the past|the near future|the future)(?!\\w)",
                        EnglishDateRules::isNotDurationHead, RelativeDates::referenceWord));
    }

    // ---- guards

    private static boolean monthIsCapitalised(RuleMatch m, String text) {
        return Character.isUpperCase(m.group("month").charAt(0));
    }

    /** "May" and "March" are also a verb; a bare abbreviation like "Mar" or "Dec" is too often something else. */
    private static boolean isMonthNotWord(RuleMatch m, String text) {
        String month = m.group("month");
        if (!Character.isUpperCase(month.charAt(0))) {
            return false;
        }
        boolean fullName = month.length() >= 5 || month.equalsIgnoreCase("may") || month.equalsIgnoreCase("june")
                || month.equalsIgnoreCase("july") || month.endsWith(".");
        if (!fullName) {
            return false;
        }
        if (m.length() > month.length()) {
            return true;
        }
        String word = month.toLowerCase();
        if (word.equals("may") || word.equals("march")) {
            return MONTH_CONTEXT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find();
        }
        return true;
    }

    /** "the fall" of a government, "a spring" of water: seasons without a year or a modifier need "last", "this"... */
    private static boolean isSeasonNotWord(RuleMatch m, String text) {
        String rel = m.word("rel");
        String season = m.word("season");
        if (m.has("year") || (!rel.isEmpty() && !rel.equals("the"))) {
            return true;
        }
        if (rel.equals("the")) {
            return !text.startsWith(" of", m.end()) && !season.equals("fall") && !season.equals("spring");
        }
        return m.has("mod") || season.equals("summer") || season.equals("winter");
    }

    private static boolean isYearNotCount(RuleMatch m, String text) {
        if (m.start() > 0) {
            char before = text.charAt(m.start() - 1);
            if (Character.isLetterOrDigit(before) || GLUE_BEFORE.contains(before)) {
                return before == '-' && m.start() >= 4 && text.regionMatches(true, m.start() - 4, "mid-", 0, 4);
            }
        }
        return !COUNTED_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find();
    }

    private static boolean weekdayIsCapitalised(RuleMatch m, String text) {
        return Character.isUpperCase(m.group("weekday").charAt(0));
    }

    /** "the past five years" and "future years" are durations or modifiers of one, not references. */
    private static boolean isNotDurationHead(RuleMatch m, String text) {
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
        return !TIME_UNIT_AFTER.matcher(after).find();
    }

    // ---- resolvers: dates written out

    private static Optional<TimexValue> isoDate(RuleMatch m, DiscourseContext c) {
        return dayOf(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")));
    }

    private static Optional<TimexValue> slashDate(RuleMatch m, DiscourseContext c) {
        return NewsCalendar.slashDay(Integer.parseInt(m.group("a")), Integer.parseInt(m.group("b")),
                fullYear(m.group("year")));
    }

    private static Optional<TimexValue> monthDay(RuleMatch m, DiscourseContext c) {
        int month = EnglishDateWords.month(m.group("month"));
        int day = Integer.parseInt(m.group("day"));
        if (m.has("year")) {
            return dayOf(Integer.parseInt(m.group("year")), month, day);
        }
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        try {
            return Optional.of(TimexValue.day(occurrence(MonthDay.of(month, day), m, c)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<TimexValue> monthYear(RuleMatch m, DiscourseContext c) {
        int year = m.has("year") ? Integer.parseInt(m.group("year")) : c.anchor().getYear() + yearOffset(m.word("yrel"));
        return Optional.of(TimexValue.month(year, EnglishDateWords.month(m.group("month"))));
    }

    /** "last April", "this September", or a bare "in April" read by the tense of its clause. */
    private static Optional<TimexValue> month(RuleMatch m, DiscourseContext c) {
        int month = EnglishDateWords.month(m.group("month"));
        LocalDate anchor = c.anchor();
        int year = anchor.getYear();
        String rel = m.word("rel");
        switch (rel) {
            case "last", "past", "this past" -> year = month < anchor.getMonthValue() ? year : year - 1;
            case "next", "this coming", "the coming" -> year = month > anchor.getMonthValue() ? year : year + 1;
            case "this" -> { }
            default -> year = occurrence(MonthDay.of(month, 1), m, c).getYear();
        }
        return Optional.of(TimexValue.month(year, month));
    }

    private static Optional<TimexValue> year(RuleMatch m, DiscourseContext c) {
        return Optional.of(TimexValue.year(Integer.parseInt(m.group("year"))));
    }

    /** "the 1990s", "the mid-1990s", "the '80s": a two-digit decade is the latest one not after the anchor. */
    private static Optional<TimexValue> decade(RuleMatch m, DiscourseContext c) {
        int year;
        if (m.has("short")) {
            int century = c.anchor().getYear() / 100 * 100;
            year = century + 10 * Integer.parseInt(m.group("short"));
            if (year > c.anchor().getYear()) {
                year -= 100;
            }
        } else {
            year = 100 * Integer.parseInt(m.group("century")) + 10 * Integer.parseInt(m.group("decade"));
        }
        return Optional.of(TimexValue.of(Granularity.DECADE, LocalDate.of(year, 1, 1)));
    }

    private static Optional<TimexValue> century(RuleMatch m, DiscourseContext c) {
        int current = c.anchor().getYear() / 100;
        int century;
        if (m.has("ord")) {
            OptionalInt ord = EnglishDateWords.ordinal(m.group("ord"));
            if (ord.isEmpty() || ord.getAsInt() < 1 || ord.getAsInt() > 30) {
                return Optional.empty();
            }
            century = ord.getAsInt() - 1;
        } else {
            century = switch (m.word("rel")) {
                case "last", "the last", "the past", "the previous" -> current - 1;
                case "next", "the next" -> current + 1;
                default -> current;
            };
        }
        return Optional.of(TimexValue.of(Granularity.CENTURY, LocalDate.of(century * 100, 1, 1)));
    }


    /** "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand": years as read aloud. */
    private static Optional<TimexValue> spokenYear(RuleMatch m, DiscourseContext c) {
        String[] words = m.word("year").split("[\\s-]+", 2);
        int year;
        if (words[0].equals("two")) {
            String rest = m.word("year").replaceFirst("^two thousand(\\s+and\\s+)?", "");
            year = 2000 + (rest.isEmpty() ? 0 : EnglishDateWords.cardinal(rest).orElse(-1000));
        } else {
            OptionalInt low = EnglishDateWords.cardinal(words[1]);
            if (low.isEmpty() || low.getAsInt() < 10 || low.getAsInt() > 99) {
                return Optional.empty();
            }
            year = (words[0].equals("nineteen") ? 1900 : 2000) + low.getAsInt();
        }
        if (year < 1900) {
            return Optional.empty();
        }
        return Optional.of(m.has("month") ? TimexValue.month(year, EnglishDateWords.month(m.group("month")))
                : TimexValue.year(year));
    }
}
