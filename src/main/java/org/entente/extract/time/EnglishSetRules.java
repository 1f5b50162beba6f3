package org.entente.extract.time;

import static org.entente.extract.time.DateRule.guarded;
import static org.entente.extract.time.EnglishDateWords.CARDINAL;
import static org.entente.extract.time.EnglishDateWords.MONTH;
import static org.entente.extract.time.EnglishDateWords.WEEKDAY;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The rules for times that recur, TIMEX3 SETs: "daily", "every two years", "each
 * Thursday", "each July", and "a year" or "per day" after an amount ("$5 million a
 * year", "twice a week").
 *
 * <p>A set repeating every so many units is written as a duration, {@code P1D} for
 * "daily", {@code P2Y} for "every two years"; one repeating on a named weekday or month
 * as a date with the rest unknown, {@code XXXX-WXX-4} for "each Thursday",
 * {@code XXXX-07} for "each July". Sets never become the reference for a later date.
 */
final class EnglishSetRules {

    private EnglishSetRules() {
    }

    private static final Map<String, TimexValue> FREQUENCY_WORDS = Map.of(
            "hourly", TimexValue.set(Granularity.HOUR, "PT1H"),
            "daily", TimexValue.set(Granularity.DAY, "P1D"),
            "weekly", TimexValue.set(Granularity.WEEK, "P1W"),
            "monthly", TimexValue.set(Granularity.MONTH, "P1M"),
            "quarterly", TimexValue.set(Granularity.QUARTER, "P3M"),
            "annually", TimexValue.set(Granularity.YEAR, "P1Y"),
            "yearly", TimexValue.set(Granularity.YEAR, "P1Y"));

    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|quarter|year|decade|century)";

    /**
     * An amount ending just before "a year": a sum, a percentage, a number with up to
     * three words after it ("500 barrels of oil"), or "once", "twice", "three times".
     */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?:[$£€]\\s?\\d|\\d\\s*(?:%|percent|per cent)|(?<![\\d,.])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\d,])"
                    + "|\\b(?:once|twice|thrice|times|million|billion|trillion|thousand|hundred|dozen|one|two|three|four"
                    + "|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands"
                    + "|millions|billions)\\b)(?:\\w|[.,]\\d)*(?:\\s+[\\w'-]+){0,3}\\s+$",
            Pattern.CASE_INSENSITIVE);

    /** Words after "a year" that make it a length or a point of time, not a rate: "a year of talks", "a year ago". */
    private static final Pattern NOT_A_RATE_AFTER = Pattern.compile(
            "^\\s+(?:of|ago|earlier|later|before|after|since|from|long|older|younger|or|and a half)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NAME_AFTER = Pattern.compile("^\\s+\\p{Lu}");

    /** The rules. */
    static List<DateRule> all() {
        return List.of(
                new DateRule("frequency word", Pattern.compile("(?<![\\w-])(?<word>hourly|daily|weekly|monthly"
                                + "|quarterly|annually|yearly)(?![\\w-])"),
                        EnglishSetRules::isNotAPaper, EnglishSetRules::frequencyWord, false),
                guarded("every unit", "\\b(?:every|each)\\s+(?:(?<other>other)\\s+|(?<n>" + CARDINAL
                                + "|few)\\s+)?" + UNIT + "s?(?![\\w-])",
                        EnglishSetRules::isCountedUnit, EnglishSetRules::everyUnit),
                guarded("every weekday", "\\b(?:every|each)\\s+(?<weekday>" + WEEKDAY + ")"
                                + "(?:\\s+(?<part>morning|afternoon|evening|night))?(?![\\w-])",
                        EnglishSetRules::weekdayIsCapitalised, EnglishSetRules::weekday),
                guarded("weekdays", "\\b(?<weekday>" + WEEKDAY + ")(?:s|\\s+(?<part>morning|afternoon|evening|night)s)"
                                + "(?![\\w'-])",
                        EnglishSetRules::weekdayIsCapitalised, EnglishSetRules::weekday),
                guarded("every month", "\\b(?:every|each)\\s+(?<month>" + MONTH + ")(?![\\w-])",
                        EnglishSetRules::monthIsCapitalised, EnglishSetRules::month),
                guarded("rate", "\\b(?<per>a|an|per)\\s+(?:" + UNIT + "|(?<night>night))(?![\\w-])",
                        EnglishSetRules::isRate, EnglishSetRules::perUnit));
    }

    // ---- guards

    /** "the party daily Granma": a paper named after it, not a frequency. Capitals never match ("China Daily"). */
    private static boolean isNotAPaper(RuleMatch m, String text) {
        return !NAME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find();
    }

    /** "each second" is a rank, not a recurrence. */
    private static boolean isCountedUnit(RuleMatch m, String text) {
        return !m.word("unit").equals("second") || m.has("n");
    }

    private static boolean weekdayIsCapitalised(RuleMatch m, String text) {
        return Character.isUpperCase(m.group("weekday").charAt(0));
    }

    private static boolean monthIsCapitalised(RuleMatch m, String text) {
        return Character.isUpperCase(m.group("month").charAt(0));
    }

    /** "per day" always; "a day" only right after an amount and not before "ago", "of"... */
    private static boolean isRate(RuleMatch m, String text) {
        if (NOT_A_RATE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find()) {
            return false;
        }
        if (m.word("per").equals("per")) {
            return true;
        }
        String before = text.substring(Math.max(0, m.start() - 50), m.start());
        return AMOUNT_BEFORE.matcher(before).find();
    }

    // ---- resolvers

    private static Optional<TimexValue> frequencyWord(RuleMatch m, DiscourseContext c) {
        return Optional.ofNullable(FREQUENCY_WORDS.get(m.word("word")));
    }

    /** "every day" {@code P1D}, "every two years" {@code P2Y}, "every other week" {@code P2W}, "every few days" {@code PXD}. */
    private static Optional<TimexValue> everyUnit(RuleMatch m, DiscourseContext c) {
        Optional<DurationUnit> unit = DurationUnit.of(m.word("unit"));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        if (m.word("n").equals("few")) {
            return Optional.of(TimexValue.set(unit.get().granularity(), unit.get().unknownCount()));
        }
        OptionalInt n = m.has("other") ? OptionalInt.of(2) : m.has("n") ? EnglishDateWords.cardinal(m.word("n"))
                : OptionalInt.of(1);
        if (n.isEmpty() || n.getAsInt() < 1) {
            return Optional.empty();
        }
        return Optional.of(TimexValue.set(unit.get().granularity(), unit.get().value(BigDecimal.valueOf(n.getAsInt()))));
    }

    /** "each Thursday" {@code XXXX-WXX-4}, "Tuesday nights" {@code XXXX-WXX-2TNI}. */
    private static Optional<TimexValue> weekday(RuleMatch m, DiscourseContext c) {
        int day = EnglishDateWords.weekday(m.group("weekday")).getValue();
        String part = switch (m.word("part").replaceAll("s$", "")) {
            case "morning" -> "TMO";
            case "afternoon" -> "TAF";
            case "evening" -> "TEV";
            case "night" -> "TNI";
            default -> "";
        };
        return Optional.of(TimexValue.set(Granularity.DAY, "XXXX-WXX-" + day + part));
    }

    private static Optional<TimexValue> month(RuleMatch m, DiscourseContext c) {
        return Optional.of(TimexValue.set(Granularity.MONTH,
                String.format("XXXX-%02d", EnglishDateWords.month(m.group("month")))));
    }

    /** "$5 million a year", "twice a week", "per day", "$50 a night": once in each such unit. */
    private static Optional<TimexValue> perUnit(RuleMatch m, DiscourseContext c) {
        return DurationUnit.of(m.has("night") ? "day" : m.word("unit"))
                .map(u -> TimexValue.set(u.granularity(), u.value(BigDecimal.ONE)));
    }
}
