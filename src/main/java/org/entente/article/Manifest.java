package org.entente.article;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.input.InputException;

/**
 * A table of a corpus's articles, one row each, beside or inside the folder of
 * their texts: {@code MANIFEST.tsv}, {@code manifest.tsv} or {@code manifest.csv}
 * (tab- or comma-separated by its extension). Its header names the columns;
 * those read are {@code file} or {@code id} (which article), {@code date}
 * (publication date, {@code YYYY-MM-DD}), and optionally {@code title} and
 * {@code url}; other columns are ignored. A row with a bad value is kept as a
 * problem of its article, named by line, so only that article is skipped.
 */
public final class Manifest {
    /** The names a manifest may have, in the order they are looked for. */
    public static final List<String> NAMES = List.of("MANIFEST.tsv", "manifest.tsv", "MANIFEST.csv", "manifest.csv");

    private final Path file;
    private final Map<String, Row> byKey;

    /**
     * One article's row.
     *
     * @param line    the line it starts on
     * @param date    the publication date, or null when the row's date is bad
     * @param title   the title, or null
     * @param url     the URL, or null
     * @param problem what is wrong with the row, or null
     */
    public record Row(long line, LocalDate date, String title, String url, String problem) {
    }

    private Manifest(Path file, Map<String, Row> byKey) {
        this.file = file;
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * The manifest in a folder or beside it (in its parent), if there is one: the
     * first file of one of the {@link #NAMES} whose header has the columns a
     * manifest needs. A table of another kind under such a name (a corpus's own
     * listing without dates, say) is passed over; {@link #passedOver} names it.
     */
    public static Optional<Path> near(Path folder) {
        return candidates(folder).stream().filter(f -> headerProblem(f) == null).findFirst();
    }

    /** The tables near a folder that {@link #near} passed over, each with what its header lacks. */
    public static List<String> passedOver(Path folder) {
        List<String> notes = new ArrayList<>();
        for (Path f : candidates(folder)) {
            String problem = headerProblem(f);
            if (problem == null) {
                return List.of();
            }
            notes.add(f + ": not read as a manifest: " + problem);
        }
        return notes;
    }

    private static List<Path> candidates(Path folder) {
        List<Path> out = new ArrayList<>();
        for (Path dir : new Path[] {folder, folder.toAbsolutePath().getParent()}) {
            if (dir == null) {
                continue;
            }
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /** What a table's header lacks to be a manifest, or null when it has what is needed. */
    private static String headerProblem(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = format(file).parse(in).getHeaderNames();
            return keyColumn(header) != null && header.contains("date") ? null : HEADER_NEEDS + header;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return "cannot read its header: " + e.getMessage();
        }
    }

    private static final String HEADER_NEEDS = "a manifest's header needs a 'file' or 'id' column and a 'date' column; it has ";

    private static CSVFormat format(Path file) {
        return (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? CSVFormat.RFC4180 : CSVFormat.TDF).builder()
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
    }

    private static String keyColumn(List<String> header) {
        return header.contains("file") ? "file" : header.contains("id") ? "id" : null;
    }

    /** Reads a manifest; a file without a usable header is an input error. */
    public static Manifest read(Path file) {
        CSVFormat format = format(file);
        Map<String, Row> rows = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = format.parse(in);
            List<String> header = parser.getHeaderNames();
            String key = keyColumn(header);
            if (key == null || !header.contains("date")) {
                throw InputException.of(file.toString(), HEADER_NEEDS + header);
            }
            for (CSVRecord r : parser) {
                String name = r.isMapped(key) && r.isSet(key) ? r.get(key) : "";
                if (name.isEmpty()) {
                    continue;
                }
                rows.put(key.equals("file") ? stripTxt(name) : name, row(r));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw InputException.of(file.toString(), "cannot read manifest: " + e.getMessage());
        }
        return new Manifest(file, rows);
    }

    private static Row row(CSVRecord r) {
        long line = r.getParser().getCurrentLineNumber();
        String date = r.isSet("date") ? r.get("date") : "";
        String title = r.isMapped("title") && r.isSet("title") && !r.get("title").isBlank() ? r.get("title") : null;
        String url = r.isMapped("url") && r.isSet("url") && !r.get("url").isBlank() ? r.get("url") : null;
        try {
            return new Row(line, LocalDate.parse(date), title, url, null);
        } catch (DateTimeParseException e) {
            return new Row(line, null, title, url, "date '" + date + "' is not a date YYYY-MM-DD");
        }
    }

    private static String stripTxt(String name) {
        String base = Path.of(name).getFileName().toString();
        return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
    }

    public Path file() {
        return file;
    }

    /** The row of an article, by its file name without {@code .txt}. */
    public Optional<Row> row(String fileStem) {
        return Optional.ofNullable(byKey.get(fileStem));
    }

    public int size() {
        return byKey.size();
    }
}
