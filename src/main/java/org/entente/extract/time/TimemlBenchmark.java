package org.entente.extract.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Scores {@link DateNormaliser} against the DATE annotations of a directory of
 * TimeML files, each read against its own document creation time.
 *
 * <p>A predicted expression is a true positive when it overlaps a gold DATE not
 * yet matched and, for the value score, has the same value; predictions left over
 * are false positives (also those that overlap a gold TIME or DURATION), gold DATEs
 * left over are false negatives. Before values are compared, week numbers are
 * written with two digits ({@code 2000-W7} becomes {@code 2000-W07}), as ISO 8601 has them.
 */
public final class TimemlBenchmark {

    private static final int ERROR_KINDS_SHOWN = 20;

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

    /** A kind of mistake and how often it was made, e.g. {@code missed: "recently"}. */
    public record ErrorKind(String description, int count) {
    }

    /**
     * @param files       TimeML files scored
     * @param goldDates   gold DATE expressions in them
     * @param predictions expressions the normaliser found
     * @param value       span overlap and equal value
     * @param span        span overlap only
     * @param errorKinds  the most frequent mistakes, most frequent first
     * @param problems    files left out, each with the reason
     */
    public record Result(int files, int goldDates, int predictions, Score value, Score span,
                         List<ErrorKind> errorKinds, List<String> problems) {
    }

    /**
     * Reads every {@code .tml} file under {@code directory} and scores the normaliser on them.
     *
     * @throws IllegalArgumentException when the directory does not exist or holds no TimeML file
     */
    public Result run(Path directory) throws IOException {
        List<Path> files = timemlFiles(directory);
        Tally value = new Tally();
        Tally span = new Tally();
        Map<String, Integer> errors = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int scored = 0;
        int goldDates = 0;
        int predictions = 0;
        for (Path file : files) {
            TimemlDocument document;
            try {
                document = reader.read(file);
            } catch (TimemlReader.TimemlException e) {
                problems.add(e.getMessage());
                continue;
            }
            List<TemporalExpression> predicted = normaliser.normalise(document.text(), document.creationDate());
            scored++;
            goldDates += document.dates().size();
            predictions += predicted.size();
            span.add(align(document, predicted, false), null);
            value.add(align(document, predicted, true), errors);
        }
        List<ErrorKind> kinds = errors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(ERROR_KINDS_SHOWN)
                .map(e -> new ErrorKind(e.getKey(), e.getValue()))
                .toList();
        return new Result(scored, goldDates, predictions, value.score(), span.score(), kinds, problems);
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

    /** The outcome of lining one document's predictions up with its gold DATEs. */
    private record Alignment(List<TemporalExpression> matched, List<TemporalExpression> spurious,
                             List<TimemlDocument.Timex> missed, List<String> mistakes) {
    }

    private static Alignment align(TimemlDocument document, List<TemporalExpression> predicted, boolean compareValues) {
        List<TimemlDocument.Timex> gold = new ArrayList<>(document.dates());
        List<TemporalExpression> matched = new ArrayList<>();
        List<TemporalExpression> spurious = new ArrayList<>();
        List<String> mistakes = new ArrayList<>();
        for (TemporalExpression e : predicted) {
            TimemlDocument.Timex hit = gold.stream()
                    .filter(g -> g.overlaps(e))
                    .filter(g -> !compareValues || canonical(g.value()).equals(canonical(e.value())))
                    .findFirst().orElse(null);
            if (hit != null) {
                gold.remove(hit);
                matched.add(e);
                continue;
            }
            spurious.add(e);
            mistakes.add(describeSpurious(document, e));
        }
        for (TimemlDocument.Timex g : gold) {
            boolean wrongValue = predicted.stream().anyMatch(g::overlaps);
            if (!wrongValue) {
                mistakes.add("missed: " + shape(document.text().substring(g.start(), g.end())));
            }
        }
        return new Alignment(matched, spurious, gold, mistakes);
    }

    private static String describeSpurious(TimemlDocument document, TemporalExpression e) {
        TimemlDocument.Timex other = document.timexes().stream().filter(g -> g.overlaps(e)).findFirst().orElse(null);
        String said = shape(e.text());
        if (other == null) {
            return "spurious: " + said;
        }
        if (!other.isDate()) {
            return "spurious, gold is " + other.type() + ": " + said;
        }
        return "wrong value: " + said + " gold " + valueShape(other.value(), document)
                + " got " + valueShape(e.value(), document);
    }

    /** The text in lower case with digits hidden, so that "Sept. 12" and "Oct. 3" count as one kind. */
    private static String shape(String text) {
        return '"' + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\d", "9") + '"';
    }

    /**
     * A value relative to the creation date: {@code DCT-3d} for a day three days before it,
     * {@code Y-1-Q9} for a quarter of the year before.
     */
    private static String valueShape(String value, TimemlDocument document) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                long days = ChronoUnit.DAYS.between(document.creationDate(), LocalDate.parse(value));
                return days == 0 ? "DCT" : String.format("DCT%+dd", days);
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

    static String canonical(String value) {
        return value.replaceAll("-W(\\d)(?!\\d)", "-W0$1");
    }

    /** Running counts over all documents. */
    private static final class Tally {
        private int tp;
        private int fp;
        private int fn;

        void add(Alignment a, Map<String, Integer> errors) {
            tp += a.matched().size();
            fp += a.spurious().size();
            fn += a.missed().size();
            if (errors != null) {
                a.mistakes().forEach(m -> errors.merge(m, 1, Integer::sum));
            }
        }

        Score score() {
            return new Score(tp, fp, fn);
        }
    }

    /** Prints the figures of {@link #run} for the directory given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TimemlBenchmark DIRECTORY-OF-TIMEML-FILES");
            System.exit(2);
        }
        Result r;
        try {
            r = new TimemlBenchmark().run(Path.of(args[0]));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        r.problems().forEach(p -> System.err.println("skipped " + p));
        System.out.printf(Locale.ROOT, "files %d, gold DATEs %d, predicted %d%n", r.files(), r.goldDates(), r.predictions());
        print("value", r.value());
        print("span ", r.span());
        System.out.println("most frequent errors:");
        r.errorKinds().forEach(k -> System.out.printf(Locale.ROOT, "%5d  %s%n", k.count(), k.description()));
    }

    private static void print(String label, Score s) {
        System.out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                label, s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
