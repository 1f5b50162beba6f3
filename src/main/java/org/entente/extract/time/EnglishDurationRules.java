package org.entente.extract.time;

import static org.entente.extract.time.DateRule.guarded;
import static org.entente.extract.time.DateRule.rule;
import static org.entente.extract.time.EnglishDateWords.CARDINAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for lengths of time, TIMEX3 DURATIONs: "two days", "the past two
 * months", "more than two weeks", "several years", "a decade", adjectives such as
 * "two-year" and ages such as "45-year-old", and a bare plural after "for" ("for
 * years"), and the year a company reports on ("the year ended March 31").
 *
 * <p>A modifier ("more than", "nearly", "at least") and a determiner ("the past",
 * "the first") are part of the span but not of the value: "the past two months" is
 * {@code P2M}. An unknown count is written {@code X}: "several years" is {@code PXY},
 * "for hours" {@code PTXH}. Decades and centuries are counted in years.
 *
 * <p>These rules do not compete with the date rules for "two years ago" or "three days
 * later", which the longer date match takes, nor for "last week" or "this month",
 * which have no count. Durations never become the reference for a later date.
 */
final class EnglishDurationRules {

    private EnglishDurationRules() {
    }

    /** Modifiers that may come before a determiner too: "at least the past 18 months". */
    private static final String MODIFIER = "(?:(?<mod>about|almost|nearly|more than|less than|fewer than|well over"
            + "|just over|just under|roughly|approximately|exactly|at least|at most|no more than|no less than|barely"
            + "|a full|the full)\\s+)?";

    /** Modifiers only before a bare count: "over two days", but "over the past two days" is a preposition. */
    private static final String COUNT_MODIFIER = "(?<cmod>over|under|around|some|just|only|up to|within)\\s+";

    /** A determiner ("the past", "the first", "another"), or else a modifier of a bare count. */
    private static final String DETERMINER = "(?:(?<det>the past|the last|the next|the first|the final|the coming"
            + "|the following|the previous|the latest|the remaining|the|past|last|next|first|final|another"
            + "|an additional|a further|an extra)\\s+|" + COUNT_MODIFIER + ")?";

    private static final String COUNT = "(?<n>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|a few|a couple of|couple of"
            + "|several|few|" + CARDINAL + ")";

    private static final String UNITS = "(?<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?"
            + "|years?|decades?|centur(?:y|ies))";

    private static final String ADJECTIVE_UNIT = "(?<unit>second|minute|hour|day|night|week|month|year|decade"
            + "|century)";

    private static final Set<String> UNKNOWN_COUNTS = Set.of("a few", "few", "several");

    /** "three quarters of the vote" is a share, not a length of time; "several quarters of losses" is one. */
    private static final Pattern SHARE_AFTER = Pattern.compile("^\\s+of\\s+(?:the|a|an|its|their|his|her|all|our)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The rules. */
    static List<DateRule> all() {
        return List.of(
                guarded("counted units", "(?<![\\w$£€.,/-])" + MODIFIER + DETERMINER + COUNT
                                + "(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?"
                                + "(?:\\s+(?:more|additional|straight|consecutive|full|trading|business|working))?\\s+"
                                + UNITS
                                + "(?<halfafter>\\s+and\\s+a\\s+half)?(?![\\w-])",
                        EnglishDurationRules::isLengthOfTime, EnglishDurationRules::countedUnits),
                guarded("unit adjective", "(?<![\\w$£€.,/-])(?<n>\\d{1,3}|" + CARDINAL + "|several)"
                                + "(?<half>-and-a-half)?-" + ADJECTIVE_UNIT + "(?:-old)?(?![\\w-])",
                        EnglishDurationRules::isNotAnArticle, EnglishDurationRules::countedUnits),
                guarded("long adjective", "(?<![\\w-])(?:(?<n>\\d{1,3}|" + CARDINAL + ")-)?(?<unit>day|week|month"
                                + "|year|decade|centur(?:y|ie))(?<plural>s)?-?long(?![\\w-])",
                        EnglishDurationRules::isNotAnArticle, EnglishDurationRules::longAdjective),
                rule("for bare plural", "(?<=\\bfor\\s)(?<unit>seconds|minutes|hours|days|weeks|months|years"
                                + "|decades|centuries)(?![\\w-])",
                        EnglishDurationRules::unknownCount),
                rule("past decade", "\\b(?:the\\s+)?past\\s+(?<unit>decade)(?![\\w-])",
                        EnglishDurationRules::countedUnits),
                rule("accounting year", "\\bthe\\s+(?:fiscal\\s+)?(?<unit>year)(?=\\s+end(?:ed|ing)\\b)",
                        EnglishDurationRules::countedUnits));
    }

    // ---- guards

    /**
     * "a second term" is a rank; "a quarter of", "three quarters of the" are shares; a
     * capitalised unit after a number is a title ("60 Minutes").
     */
    private static boolean isLengthOfTime(RuleMatch m, String text) {
        String unit = m.word("unit");
        String n = m.word("n");
        boolean article = n.equals("a") || n.equals("an");
        if (unit.equals("second") && article || Character.isUpperCase(m.group("unit").charAt(0))) {
            return false;
        }
        if (unit.startsWith("quarter")) {
            return !article
                    && !SHARE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12))).find();
        }
        return true;
    }

    /** "a-year" is no adjective. */
    private static boolean isNotAnArticle(RuleMatch m, String text) {
        return !m.word("n").equals("a") && !m.word("n").equals("an");
    }

    // ---- resolvers

    /** "two days", "the first nine months", "2 1/2 years", "a minute and a half", "16-hour", "the past decade". */
    private static Optional<TimexValue> countedUnits(RuleMatch m, DiscourseContext c) {
        Optional<DurationUnit> unit = DurationUnit.of(m.word("unit"));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        String n = m.word("n");
        if (UNKNOWN_COUNTS.contains(n)) {
            return Optional.of(TimexValue.duration(unit.get().granularity(), unit.get().unknownCount()));
        }
        Optional<BigDecimal> count = count(n.isEmpty() ? "1" : n);
        if (count.isEmpty() || count.get().signum() <= 0) {
            return Optional.empty();
        }
        boolean half = m.has("half") || m.has("halfafter");
        String value = half && count.get().scale() <= 0
                ? unit.get().valueAndAHalf(count.get().intValueExact())
                : unit.get().value(count.get());
        return Optional.of(TimexValue.duration(unit.get().granularity(), value));
    }

    /** "day-long" {@code P1D}, "two-week-long" {@code P2W}, "decades-long" {@code PXY}. */
    private static Optional<TimexValue> longAdjective(RuleMatch m, DiscourseContext c) {
        Optional<DurationUnit> unit = DurationUnit.of(m.word("unit"));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        if (m.has("plural") && !m.has("n")) {
            return Optional.of(TimexValue.duration(unit.get().granularity(), unit.get().unknownCount()));
        }
        return countedUnits(m, c);
    }

    /** "for years" {@code PXY}, "for hours" {@code PTXH}. */
    private static Optional<TimexValue> unknownCount(RuleMatch m, DiscourseContext c) {
        return DurationUnit.of(m.word("unit"))
                .map(u -> TimexValue.duration(u.granularity(), u.unknownCount()));
    }

    /** A count in digits ("16", "1,000", "1.5") or words ("two", "twenty-five", "a couple of"). */
    private static Optional<BigDecimal> count(String n) {
        if (n.equals("a couple of") || n.equals("couple of")) {
            return Optional.of(BigDecimal.valueOf(2));
        }
        if (Character.isDigit(n.charAt(0))) {
            return Optional.of(new BigDecimal(n.replace(",", "")));
        }
        OptionalInt words = EnglishDateWords.cardinal(n);
        return words.isPresent() ? Optional.of(BigDecimal.valueOf(words.getAsInt())) : Optional.empty();
    }
}
