package org.entente.extract.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@link DateNormaliser} against the TIMEX3 annotations of a directory of
 * TimeML files, each read against its own document creation time: each of the types
 * DATE, TIME, DURATION and SET apart, and all of them together.
 *
 * <p>For one type, gold and predictions are the expressions of that type. A
 * prediction is a value true positive when it overlaps a gold expression of its type
 * not yet matched and has the same value, and a span true positive when it overlaps
 * one; predictions left over are false positives, gold expressions left over false
 * negatives. A date predicted where the gold has a time thus counts against both
 * types. The row of all types takes every expression; a value then matches only when
 * the type agrees too, a span whatever the types.
 *
 * <p>Values are compared in a canonical form: week numbers with two digits
 * ({@code 2000-W7} is {@code 2000-W07}), as ISO 8601 has them; times without a zero
 * seconds part and with minutes ({@code T08:02:00} is {@code T08:02}, {@code T17} is
 * {@code T17:00}); durations in decades ({@code E}), centuries ({@code C}) or
 * millennia ({@code L}), as some annotators write them, in years ({@code P1E} is
 * {@code P10Y}, {@code PXC} is {@code PXY}); a number of quarters in months
 * ({@code P2Q} is {@code P6M}).
 */
public final class TimemlBenchmark {

    private static final int ERROR_KINDS_SHOWN = 20;

    private static final Pattern LONG_UNIT = Pattern.compile("^P(\\d+|X)([ECL])$");

    private static final Pattern QUARTERS = Pattern.compile("^P(\\d+)Q$");

    private final TimemlReader reader;
    private final DateNormaliser normaliser;

    public TimemlBenchmark() {
        this(new TimemlReader(), new DateNormaliser());
    }

    public TimemlBenchmark(TimemlReader reader, DateNormaliser normaliser) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
    }

    /** Counts of one comparison, with the usual ratios. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int n, int d) {
            return d == 0 ? 0 : (double) n / d;
        }
    }

    /**
     * The scores of one type, or of all types together.
     *
     * @param gold      gold expressions
     * @param predicted expressions the normaliser found
     * @param value     span overlap and equal value (and, for all types, equal type)
     * @param span      span overlap only
     */
    public record Row(int gold, int predicted, Score value, Score span) {
    }

    /** A kind of mistake and how often it was made, e.g. {@code missed DURATION: "the past 9 months"}. */
    public record ErrorKind(String description, int count) {
    }

    /**
     * @param files      TimeML files scored
     * @param types      the scores of each type, in the order of {@link TimexType}
     * @param allTypes   the scores of all types together
     * @param errorKinds the most frequent mistakes, most frequent first
     * @param problems   files left out, each with the reason
     */
    public record Result(int files, Map<TimexType, Row> types, Row allTypes, List<ErrorKind> errorKinds,
                         List<String> problems) {

        public Result {
            types = Collections.unmodifiableMap(new EnumMap<>(types));
            errorKinds = List.copyOf(errorKinds);
            problems = List.copyOf(problems);
        }

        /** The scores of one type. */
        public Row type(TimexType type) {
            return types.get(type);
        }
    }

    /**
     * Reads every {@code .tml} file under {@code directory} and scores the normaliser on them.
     *
     * @throws IllegalArgumentException when the directory does not exist or holds no TimeML file
     */
    public Result run(Path directory) throws IOException {
        List<Path> files = timemlFiles(directory);
        Map<TimexType, Tally> tallies = new EnumMap<>(TimexType.class);
        for (TimexType type : TimexType.values()) {
            tallies.put(type, new Tally());
        }
        Tally all = new Tally();
        Map<String, Integer> errors = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int scored = 0;
        for (Path file : files) {
            TimemlDocument document;
            try {
                document = reader.read(file);
            } catch (TimemlReader.TimemlException e) {
                problems.add(e.getMessage());
                continue;
            }
            List<TemporalExpression> predicted = normaliser.normalise(document.text(), document.creationDate());
            List<TimemlDocument.Timex> gold = document.timexes().stream().filter(g -> typeOf(g) != null).toList();
            scored++;
            for (TimexType type : TimexType.values()) {
                tallies.get(type).add(gold.stream().filter(g -> g.is(type)).toList(),
                        predicted.stream().filter(e -> e.type() == type).toList());
            }
            Alignment values = all.add(gold, predicted);
            mistakes(document, predicted, values).forEach(m -> errors.merge(m, 1, Integer::sum));
        }
        List<ErrorKind> kinds = errors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ERROR_KINDS_SHOWN)
                .map(e -> new ErrorKind(e.getKey(), e.getValue()))
                .toList();
        Map<TimexType, Row> rows = new EnumMap<>(TimexType.class);
        tallies.forEach((type, tally) -> rows.put(type, tally.row()));
        return new Result(scored, rows, all.row(), kinds, problems);
    }

    private static List<Path> timemlFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": not a directory; give the folder that holds the .tml files");
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException(directory + ": no .tml file found under it");
            }
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The outcome of lining one document's predictions up with its gold expressions. */
    private record Alignment(List<TemporalExpression> matched, List<TemporalExpression> spurious,
                             List<TimemlDocument.Timex> missed) {
    }

    /**
     * Pairs each prediction, in text order, with the first gold expression left that it
     * overlaps and, when {@code strict}, that has its type and value.
     */
    private static Alignment align(List<TimemlDocument.Timex> gold, List<TemporalExpression> predicted,
                                   boolean strict) {
        List<TimemlDocument.Timex> left = new ArrayList<>(gold);
        List<TemporalExpression> matched = new ArrayList<>();
        List<TemporalExpression> spurious = new ArrayList<>();
        for (TemporalExpression e : predicted) {
            TimemlDocument.Timex hit = left.stream()
                    .filter(g -> g.overlaps(e))
                    .filter(g -> !strict || g.is(e.type()) && canonical(g.value()).equals(canonical(e.value())))
                    .findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                matched.add(e);
            } else {
                spurious.add(e);
            }
        }
        return new Alignment(matched, spurious, left);
    }

    /**
     * What went wrong in one document, read off the alignment of all types: each
     * prediction left over, and each gold expression that no prediction overlaps.
     */
    private static List<String> mistakes(TimemlDocument document, List<TemporalExpression> predicted,
                                         Alignment a) {
        List<String> mistakes = new ArrayList<>();
        for (TemporalExpression e : a.spurious()) {
            mistakes.add(describeSpurious(document, e));
        }
        for (TimemlDocument.Timex g : a.missed()) {
            if (predicted.stream().noneMatch(g::overlaps)) {
                mistakes.add("missed " + g.type() + ": " + shape(document.text().substring(g.start(), g.end())));
            }
        }
        return mistakes;
    }

    private static String describeSpurious(TimemlDocument document, TemporalExpression e) {
        List<TimemlDocument.Timex> overlapping = document.timexes().stream()
                .filter(g -> typeOf(g) != null && g.overlaps(e)).toList();
        String said = shape(e.text());
        if (overlapping.isEmpty()) {
            return "spurious " + e.type() + ": " + said;
        }
        TimemlDocument.Timex sameType = overlapping.stream().filter(g -> g.is(e.type())).findFirst().orElse(null);
        if (sameType == null) {
            return "wrong type: " + said + " gold " + overlapping.get(0).type() + " got " + e.type();
        }
        return "wrong " + e.type() + " value: " + said + " gold " + valueShape(sameType.value(), document)
                + " got " + valueShape(e.value(), document);
    }

    private static TimexType typeOf(TimemlDocument.Timex g) {
        for (TimexType type : TimexType.values()) {
            if (g.is(type)) {
                return type;
            }
        }
        return null;
    }

    /** The text in lower case with digits hidden, so that "Sept. 12" and "Oct. 3" count as one kind. */
    private static String shape(String text) {
        return '"' + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\d", "9") + '"';
    }

    /**
     * A value relative to the creation date: {@code DCT-3d} for a day three days before it,
     * {@code DCT-1dTNI} for the night before, {@code Y-1-Q9} for a quarter of the year before.
     */
    private static String valueShape(String value, TimemlDocument document) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
            try {
                long days = ChronoUnit.DAYS.between(document.creationDate(), LocalDate.parse(value.substring(0, 10)));
                return (days == 0 ? "DCT" : String.format("DCT%+dd", days)) + value.substring(10);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (value.length() >= 4 && value.substring(0, 4).chars().allMatch(Character::isDigit)) {
            int offset = Integer.parseInt(value.substring(0, 4)) - document.creationDate().getYear();
            String year = offset == 0 ? "Y" : String.format("Y%+d", offset);
            return year + value.substring(4).replaceAll("\\d", "9");
        }
        return value;
    }

    /** The value in the form values are compared in; see the class comment. */
    static String canonical(String value) {
        String v = value.replaceAll("-W(\\d)(?!\\d)", "-W0$1")
                .replaceAll("(T\\d{2}:\\d{2}):00$", "$1")
                .replaceAll("(T\\d{2})$", "$1:00");
        Matcher longUnit = LONG_UNIT.matcher(v);
        if (longUnit.matches()) {
            int years = switch (longUnit.group(2)) {
                case "E" -> 10;
                case "C" -> 100;
                default -> 1000;
            };
            return longUnit.group(1).equals("X") ? "PXY" : "P" + Long.parseLong(longUnit.group(1)) * years + "Y";
        }
        Matcher quarters = QUARTERS.matcher(v);
        if (quarters.matches()) {
            return "P" + Long.parseLong(quarters.group(1)) * 3 + "M";
        }
        return v;
    }

    /** Running counts of one row over all documents. */
    private static final class Tally {
        private int gold;
        private int predicted;
        private final int[] value = new int[3];
        private final int[] span = new int[3];

        /** Adds one document's expressions; returns the alignment of values. */
        Alignment add(List<TimemlDocument.Timex> goldHere, List<TemporalExpression> predictedHere) {
            gold += goldHere.size();
            predicted += predictedHere.size();
            Alignment values = align(goldHere, predictedHere, true);
            count(value, values);
            count(span, align(goldHere, predictedHere, false));
            return values;
        }

        private static void count(int[] counts, Alignment a) {
            counts[0] += a.matched().size();
            counts[1] += a.spurious().size();
            counts[2] += a.missed().size();
        }

        Row row() {
            return new Row(gold, predicted, new Score(value[0], value[1], value[2]),
                    new Score(span[0], span[1], span[2]));
        }
    }
}
