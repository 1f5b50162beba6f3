package org.entente.extract.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The English words that date rules are built from: month and weekday names,
 * number words and ordinals, as regular-expression fragments and as look-ups.
 * All tables are immutable, so one instance of everything is shared by all threads.
 */
public final class EnglishDateWords {

    private EnglishDateWords() {
    }

    /** The weekday names, lower-case, as an alternation; other stages read them as words of time too. */
    public static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

    /** The month names written in full, lower-case, as an alternation. */
    public static final String MONTHS_IN_FULL = "january|february|march|april|may|june|july|august|september|october|november"
            + "|december";

    /** A month name or its abbreviation, with an optional full stop ("Sept."). */
    static final String MONTH = "(?:" + MONTHS_IN_FULL + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

    static final String WEEKDAY = "(?:" + WEEKDAYS + ")";

    /** Cardinal numbers a journalist writes in words or digits: "two", "twenty-five", "11". */
    static final String CARDINAL = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|a hundred|one hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "-(?:one|two|three|four|five|six|seven|eight|nine))";

    /** Ordinals in words or digits: "third", "twenty-fifth", "50th". */
    static final String ORDINAL = "(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
            + "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
            + "|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|one hundredth)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("a hundred", 100), Map.entry("one hundred", 100));

    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
            "ninety", 90);

    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90),
            Map.entry("hundredth", 100), Map.entry("one hundredth", 100));

    /** The month number (1-12) of a name or abbreviation, with or without its full stop. */
    static int month(String word) {
        Integer month = MONTHS.get(normalise(word).replace(".", ""));
        if (month == null) {
            throw new IllegalArgumentException("not a month: " + word);
        }
        return month;
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    /** The value of a cardinal written in digits or words, if it is one. */
    public static OptionalInt cardinal(String word) {
        String w = normalise(word).replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty()) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        if (UNITS.containsKey(w)) {
            return OptionalInt.of(UNITS.get(w));
        }
        if (TENS.containsKey(w)) {
            return OptionalInt.of(TENS.get(w));
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && TENS.containsKey(w.substring(0, hyphen)) && UNITS.containsKey(w.substring(hyphen + 1))) {
            return OptionalInt.of(TENS.get(w.substring(0, hyphen)) + UNITS.get(w.substring(hyphen + 1)));
        }
        return OptionalInt.empty();
    }

    /** The value of an ordinal written "3rd", "third" or "twenty-third", if it is one. */
    static OptionalInt ordinal(String word) {
        String w = normalise(word).replaceAll("\\s+", " ");
        if (w.matches("\\d{1,3}(st|nd|rd|th)")) {
            return OptionalInt.of(Integer.parseInt(w.substring(0, w.length() - 2)));
        }
        if (ORDINAL_UNITS.containsKey(w)) {
            return OptionalInt.of(ORDINAL_UNITS.get(w));
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && TENS.containsKey(w.substring(0, hyphen))
                && ORDINAL_UNITS.containsKey(w.substring(hyphen + 1))) {
            return OptionalInt.of(TENS.get(w.substring(0, hyphen)) + ORDINAL_UNITS.get(w.substring(hyphen + 1)));
        }
        return OptionalInt.empty();
    }

    private static String normalise(String word) {
        return word.trim().toLowerCase(Locale.ROOT);
    }
}
