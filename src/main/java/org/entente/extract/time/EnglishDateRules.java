package org.entente.extract.time;

import static org.entente.extract.time.EnglishDateWords.CARDINAL;
import static org.entente.extract.time.EnglishDateWords.MONTH;
import static org.entente.extract.time.EnglishDateWords.ORDINAL;
import static org.entente.extract.time.EnglishDateWords.WEEKDAY;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The date rules for English news text, one small resolver per way of writing a
 * date. The order of {@link #all()} breaks ties between matches of equal length:
 * earlier rules win.
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
                        EnglishDateRules::ordinalQuarter),
                caseSensitive("quarter code", "\\bQ(?<ord>[1-4])(?:\\s+(?<year>\\d{4}))?\\b",
                        EnglishDateRules::ordinalQuarter),
                anaphoric("relative quarter", "\\b(?:the|this|that|its|their)\\s+(?:comparable\\s+|corresponding\\s+)?"
                                + "(?:(?<rel>latest|current|last"
                                + "|past|previous|prior|next|coming|year-ago|year-earlier|year-before|same|recent"
                                + "|just-ended|just-completed|most recent|fiscal)\\s+)?(?:fiscal\\s+)?"
                                + "(?<unit>quarter|period)(?![\\w-])",
                        EnglishDateRules::relativeQuarter),
                anaphoric("quarter of a year", "\\bthe\\s+(?<year>\\d{4})\\s+(?<unit>quarter|period)(?!\\w)",
                        EnglishDateRules::quarterOfYear),
                rule("half year", "\\b(?:the\\s+)?(?<which>first|second|last|latter|1st|2nd)\\s+half(?:\\s+of\\s+"
                                + "(?:(?<year>\\d{4})|(?<yrel>this|last|next|the)\\s+year))?(?!\\w|\\s+of)",
                        EnglishDateRules::halfYear),
                guarded("season", "\\b(?:(?<rel>last|next|this|this past|this coming|the coming|the past|the)\\s+)?"
                                + "(?:(?<mod>early|late|mid)[- ]?\\s*)?(?<season>spring|summer|fall|autumn|winter)"
                                + "(?:\\s+(?:of\\s+)?(?<year>\\d{4}))?(?!\\w)",
                        EnglishDateRules::isSeasonNotWord, EnglishDateRules::season),
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
                        EnglishDateRules::anniversary),
                rule("relative day", "\\b(?:(?:early|late|earlier|later)\\s+)?(?<word>today|yesterday|tomorrow"
                                + "|the day before yesterday|the day after tomorrow)(?!\\w)",
                        EnglishDateRules::relativeDay),
                guarded("weekday", "\\b(?:(?<rel>last|next|this|this past|this coming|coming|past|early|late)"
                                + "\\s+)?(?<weekday>" + WEEKDAY + ")(?:\\s+(?:morning|afternoon|evening|night))?"
                                + "(?!\\w)",
                        EnglishDateRules::weekdayIsCapitalised, EnglishDateRules::weekday),
                guarded("weekend", "\\b(?:(?<rel>the|last|next|this|this past|this coming|the coming|"
                                + "the previous|the following)\\s+)weekend(?!\\w)",
                        DateRule.Guard.ANY, EnglishDateRules::weekend),
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
                        EnglishDateRules::relativeUnit),
                anaphoric("same unit", "\\b(?<rel>that|that same|the same|the following|the next|the previous"
                                + "|later that|earlier that)\\s+(?<unit>day|week|month|year)(?![\\w-])",
                        EnglishDateRules::sameUnit),
                anaphoric("units ago", "\\b(?:(?:about|almost|nearly|some|more than|less than|over|roughly|just"
                                + "|only|exactly|barely|at least)\\s+)?(?<n>" + CARDINAL + "|a few|several|few)\\s+"
                                + "(?<unit>day|week|month|year|decade|centur(?:y|ie))s?\\s+"
                                + "(?<dir>ago|earlier|later|hence|from now|from today|(?:before|after)(?=\\s*[.,;:!?]))(?!\\w)",
                        EnglishDateRules::unitsAgo),
                anaphoric("year-ago adjective", "\\b(?:the\\s+)?year-(?:ago|earlier)(?:\\s+(?<noun>period"
                                + "|quarter))?(?!\\w)",
                        EnglishDateRules::yearAgoAdjective),
                rule("holiday", "\\b(?<name>christmas eve|christmas day|christmas|new year's eve|new year's day"
                                + "|thanksgiving day|thanksgiving|election day|independence day|easter sunday"
                                + "|easter|halloween|valentine's day)(?!\\w)",
                        EnglishDateRules::holiday),
                guarded("reference word", "\\b(?<word>now|currently|current|nowadays|presently|at present"
                                + "|these days|recently|recent (?:years|months|weeks|days)|past years|lately"
                                + "|the past|the near future|the future)(?!\\w)",
                        EnglishDateRules::isNotDurationHead, EnglishDateRules::referenceWord));
    }

    // ---- building rules

    private static DateRule rule(String name, String regex, DateRule.Resolver resolver) {
        return guarded(name, regex, DateRule.Guard.ANY, resolver);
    }

    private static DateRule guarded(String name, String regex, DateRule.Guard guard, DateRule.Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), guard, resolver, false);
    }

    private static DateRule caseSensitive(String name, String regex, DateRule.Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex), DateRule.Guard.ANY, resolver, false);
    }

    private static DateRule anaphoric(String name, String regex, DateRule.Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), DateRule.Guard.ANY, resolver,
                true);
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

    // ---- resolvers: explicit dates

    private static Optional<TimexValue> isoDate(RuleMatch m, DiscourseContext c) {
        return dayOf(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("month")),
                Integer.parseInt(m.group("day")));
    }

    /** Month first, as American wires write it, unless the first number cannot be a month. */
    private static Optional<TimexValue> slashDate(RuleMatch m, DiscourseContext c) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int year = fullYear(m.group("year"));
        return a > 12 ? dayOf(year, b, a) : dayOf(year, a, b);
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

    // ---- resolvers: parts of a year

    /** "the third quarter", "third-quarter", "Q3 2024", "last year's fourth quarter". */
    private static Optional<TimexValue> ordinalQuarter(RuleMatch m, DiscourseContext c) {
        String ord = m.word("ord");
        int quarter = Character.isDigit(ord.charAt(0)) ? ord.charAt(0) - '0'
                : EnglishDateWords.ordinal(ord).orElse(0);
        if (quarter < 1 || quarter > 4) {
            return Optional.empty();
        }
        int year = c.anchor().getYear();
        if (m.has("year")) {
            year = Integer.parseInt(m.group("year"));
        } else if (m.has("pyear")) {
            year = Integer.parseInt(m.group("pyear"));
        } else if (m.has("yrel")) {
            year += yearOffset(m.word("yrel"));
        } else if (m.word("det").contains("year-")) {
            year -= quarter > quarterOf(c.anchor()) ? 2 : 1;
        } else if (m.word("det").endsWith("year's")) {
            year += yearOffset(m.word("det").split(" ")[0]);
        } else if (m.word("det").equals("last")) {
            year = quarter < quarterOf(c.anchor()) ? year : year - 1;
        } else if (m.word("det").equals("next")) {
            year = quarter > quarterOf(c.anchor()) ? year : year + 1;
        } else if (quarter > quarterOf(c.anchor()) && !c.speaksOfFuture(m.start(), m.end())) {
            year -= 1;
        }
        return Optional.of(TimexValue.quarter(year, quarter));
    }

    /**
     * "the latest quarter", "the year-ago quarter", "the quarter": business news speaks
     * of the quarter it last named, else of the last one that ended.
     */
    private static Optional<TimexValue> relativeQuarter(RuleMatch m, DiscourseContext c) {
        String rel = m.word("rel");
        boolean period = m.word("unit").equals("period");
        Optional<TimexValue> mentioned = c.reference()
                .filter(r -> r.granularity() == Granularity.QUARTER || period);
        LocalDate anchor = c.anchor();
        TimexValue thisQuarter = TimexValue.quarter(anchor.getYear(), quarterOf(anchor));
        TimexValue lastQuarter = TimexValue.quarter(anchor.minusMonths(3).getYear(), quarterOf(anchor.minusMonths(3)));
        TimexValue nextQuarter = TimexValue.quarter(anchor.plusMonths(3).getYear(), quarterOf(anchor.plusMonths(3)));
        return switch (rel) {
            case "year-ago", "year-earlier", "year-before" ->
                    Optional.of(mentioned.orElse(lastQuarter).plusYears(-1));
            case "current" -> period ? mentioned : Optional.of(thisQuarter);
            case "next", "coming" -> period ? Optional.empty() : Optional.of(nextQuarter);
            case "last", "past", "previous", "prior", "just-ended", "just-completed" ->
                    period ? Optional.empty() : Optional.of(lastQuarter);
            case "latest", "recent", "most recent" -> Optional.of(period
                    ? c.reference().filter(r -> r.granularity() == Granularity.QUARTER).orElse(lastQuarter)
                    : lastQuarter);
            case "same", "fiscal", "" -> period && rel.isEmpty()
                    ? Optional.empty() : Optional.of(mentioned.orElse(lastQuarter));
            default -> Optional.empty();
        };
    }

    /** "the 1988 quarter": the quarter last named, in the year given. */
    private static Optional<TimexValue> quarterOfYear(RuleMatch m, DiscourseContext c) {
        int year = Integer.parseInt(m.group("year"));
        Optional<TimexValue> quarter = c.lastQuarter();
        if (quarter.isEmpty()) {
            return m.word("unit").equals("period") ? Optional.of(TimexValue.year(year)) : Optional.empty();
        }
        return quarter.map(q -> q.plusYears(year - q.firstDay().getYear()));
    }

    private static Optional<TimexValue> halfYear(RuleMatch m, DiscourseContext c) {
        int half = switch (m.word("which")) {
            case "first", "1st" -> 1;
            default -> 2;
        };
        int year = m.has("year") ? Integer.parseInt(m.group("year")) : c.anchor().getYear() + yearOffset(m.word("yrel"));
        return Optional.of(TimexValue.of(Granularity.HALF_YEAR, LocalDate.of(year, half == 1 ? 1 : 7, 1)));
    }

    private static Optional<TimexValue> season(RuleMatch m, DiscourseContext c) {
        int startMonth = switch (m.word("season")) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "fall", "autumn" -> 9;
            default -> 12;
        };
        if (m.has("year")) {
            return Optional.of(TimexValue.of(Granularity.SEASON, LocalDate.of(Integer.parseInt(m.group("year")),
                    startMonth, 1)));
        }
        LocalDate anchor = c.anchor();
        // The season of this name that contains the anchor or began last before it.
        LocalDate latest = LocalDate.of(anchor.getYear(), startMonth, 1);
        if (latest.isAfter(anchor)) {
            latest = latest.minusYears(1);
        }
        boolean current = latest.plusMonths(3).isAfter(anchor);
        LocalDate start = switch (m.word("rel")) {
            case "last", "the past" -> current || latest.getYear() == anchor.getYear() ? latest.minusYears(1) : latest;
            case "this past" -> latest;
            case "next", "this coming", "the coming" -> latest.plusYears(1);
            case "this" -> current || !c.speaksOfFuture(m.start(), m.end()) && latest.getYear() == anchor.getYear()
                    ? latest : latest.plusYears(1);
            default -> current || !c.speaksOfFuture(m.start(), m.end()) ? latest : latest.plusYears(1);
        };
        return Optional.of(TimexValue.of(Granularity.SEASON, start));
    }

    // ---- resolvers: days and weeks relative to the anchor

    private static Optional<TimexValue> relativeDay(RuleMatch m, DiscourseContext c) {
        LocalDate anchor = c.anchor();
        LocalDate day = switch (m.word("word")) {
            case "yesterday" -> anchor.minusDays(1);
            case "tomorrow" -> anchor.plusDays(1);
            case "the day before yesterday" -> anchor.minusDays(2);
            case "the day after tomorrow" -> anchor.plusDays(2);
            default -> anchor;
        };
        return Optional.of(TimexValue.day(day));
    }

    /**
     * "on Monday" is the latest Monday on or before the anchor, unless the clause
     * speaks of the future; "last Monday" and "next Monday" never mean the anchor itself.
     */
    private static Optional<TimexValue> weekday(RuleMatch m, DiscourseContext c) {
        DayOfWeek weekday = EnglishDateWords.weekday(m.group("weekday"));
        LocalDate anchor = c.anchor();
        LocalDate day = switch (m.word("rel")) {
            case "last", "past", "this past" -> anchor.with(TemporalAdjusters.previous(weekday));
            case "next", "coming", "this coming" -> anchor.with(TemporalAdjusters.next(weekday));
            case "this" -> anchor.with(weekday);
            default -> c.speaksOfFuture(m.start(), m.end())
                    ? anchor.with(TemporalAdjusters.nextOrSame(weekday))
                    : anchor.with(TemporalAdjusters.previousOrSame(weekday));
        };
        return Optional.of(TimexValue.day(day));
    }

    /**
     * "the weekend" in past-tense news is the one before the anchor, unless the anchor
     * falls on it; ahead of the news it is the coming one.
     */
    private static Optional<TimexValue> weekend(RuleMatch m, DiscourseContext c) {
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

    /** "last week", "this month", "earlier this year", "the end of next year". */
    private static Optional<TimexValue> relativeUnit(RuleMatch m, DiscourseContext c) {
        String rel = m.word("rel");
        int offset = rel.startsWith("last") || rel.endsWith(" last") ? -1
                : rel.startsWith("next") || rel.endsWith(" next") || rel.endsWith("coming") ? 1 : 0;
        return Optional.of(unitAt(m.word("unit"), c.anchor(), offset));
    }

    /** "that year", "the same day", "the following week": counted from the last date the text named. */
    private static Optional<TimexValue> sameUnit(RuleMatch m, DiscourseContext c) {
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
    private static Optional<TimexValue> unitsAgo(RuleMatch m, DiscourseContext c) {
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

    private static Optional<TimexValue> yearAgoAdjective(RuleMatch m, DiscourseContext c) {
        Optional<TimexValue> reference = c.reference();
        if (m.word("noun").equals("quarter")) {
            reference = reference.filter(r -> r.granularity() == Granularity.QUARTER);
            TimexValue lastQuarter = TimexValue.quarter(c.anchor().minusMonths(3).getYear(),
                    quarterOf(c.anchor().minusMonths(3)));
            return Optional.of(reference.orElse(lastQuarter).plusYears(-1));
        }
        return Optional.of(reference.orElse(TimexValue.year(c.anchor().getYear())).plusYears(-1));
    }

    /** "the third anniversary of the invasion": the event fell on the anchor's day, three years before. */
    private static Optional<TimexValue> anniversary(RuleMatch m, DiscourseContext c) {
        OptionalInt years = EnglishDateWords.ordinal(m.group("ord"));
        if (years.isEmpty() || years.getAsInt() < 1 || years.getAsInt() > 1000) {
            return Optional.empty();
        }
        return Optional.of(TimexValue.day(c.anchor().minusYears(years.getAsInt())));
    }

    private static Optional<TimexValue> holiday(RuleMatch m, DiscourseContext c) {
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

    private static Optional<TimexValue> referenceWord(RuleMatch m, DiscourseContext c) {
        return Optional.ofNullable(REFERENCE_WORDS.get(m.word("word")));
    }

    // ---- calendar arithmetic

    private static Optional<TimexValue> dayOf(int year, int month, int day) {
        try {
            return Optional.of(TimexValue.day(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int fullYear(String digits) {
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
     * next one that is not more than a month before the anchor.
     */
    private static LocalDate occurrence(MonthDay monthDay, RuleMatch m, DiscourseContext c) {
        LocalDate anchor = c.anchor();
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
    private static LocalDate nearestOccurrence(MonthDay monthDay, LocalDate anchor) {
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

    private static int quarterOf(LocalDate day) {
        return day.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static int yearOffset(String relation) {
        return switch (relation) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static boolean isPartOfYear(TimexValue value) {
        return value.granularity() == Granularity.QUARTER || value.granularity() == Granularity.HALF_YEAR;
    }

    private static TimexValue unitAt(String unit, LocalDate day, int offset) {
        return switch (unit) {
            case "day" -> TimexValue.day(day.plusDays(offset));
            case "week" -> TimexValue.of(Granularity.WEEK, day.plusWeeks(offset));
            case "weekend" -> TimexValue.of(Granularity.WEEKEND, day.plusWeeks(offset));
            case "month" -> TimexValue.month(day.plusMonths(offset).getYear(), day.plusMonths(offset).getMonthValue());
            default -> TimexValue.year(day.getYear() + offset);
        };
    }

    private static Granularity unitGranularity(String unit) {
        return switch (unit) {
            case "day" -> Granularity.DAY;
            case "week" -> Granularity.WEEK;
            case "month" -> Granularity.MONTH;
            case "decade" -> Granularity.DECADE;
            case "century" -> Granularity.CENTURY;
            default -> Granularity.YEAR;
        };
    }

    private static TimexValue shift(TimexValue value, String unit, long amount) {
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

    private static int granularityRank(Granularity g) {
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
    private static LocalDate movableFeast(String name, int year) {
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
