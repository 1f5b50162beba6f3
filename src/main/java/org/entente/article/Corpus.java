package org.entente.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.input.InputException;

/**
 * The articles a list of paths names, in a stable order: each {@code .txt}
 * file given; every {@code .txt} file under each folder given, with the
 * folder's manifest when it has one inside or beside it; and every line of
 * each JSON Lines file given ({@code .jsonl}).
 *
 * <p>Ids are file names without {@code .txt}, prefixed with their sub-folder
 * names under a folder given ({@code business/001.txt} becomes
 * {@code business_001}), so they stay unique; a JSON Lines article gives its own.
 */
public final class Corpus {
    private Corpus() {
    }

    /**
     * @param paths    files and folders
     * @param manifest a manifest for every folder given, or null to look for one in or beside each
     */
    public static List<ArticleSource> sources(List<Path> paths, Path manifest) {
        Manifest given = manifest == null ? null : Manifest.read(manifest);
        List<ArticleSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                Manifest m = given != null ? given : Manifest.near(path).map(Manifest::read).orElse(null);
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(p -> sources.add(textFile(idUnder(path, p), p, m)));
                } catch (IOException e) {
                    throw InputException.of(path.toString(), "cannot list: " + e.getMessage());
                }
            } else if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                sources.addAll(jsonLines(path));
            } else if (Files.isRegularFile(path)) {
                sources.add(textFile(ArticleReader.idOf(path), path, given));
            } else {
                throw InputException.of(path.toString(), "no such file or folder");
            }
        }
        if (sources.isEmpty()) {
            throw InputException.of(String.join(", ", paths.stream().map(Path::toString).toList()),
                    "no articles (*.txt files, or lines of *.jsonl files) found");
        }
        return sources;
    }

    private static ArticleSource textFile(String id, Path text, Manifest m) {
        Manifest.Row row = m == null ? null : m.row(ArticleReader.idOf(text)).orElse(null);
        return new TextFileSource(id, text, row, row == null ? null : m.file());
    }

    /** Every non-blank line of a JSON Lines file; a line that is not UTF-8 fails alone when read. */
    private static List<ArticleSource> jsonLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
        List<ArticleSource> out = new ArrayList<>();
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        long n = 0;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            n++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                String line = decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString();
                if (!line.isBlank()) {
                    out.add(new JsonLinesSource(file, n, line));
                }
            } catch (CharacterCodingException e) {
                out.add(new UnreadableSource(file.getFileName() + "#" + n, file + ":" + n, "not valid UTF-8"));
            }
            if (end == bytes.length) {
                break;
            }
            start = end + 1;
        }
        return out;
    }

    /** A line that cannot even be decoded: it fails, with its reason, when read. */
    private record UnreadableSource(String id, String where, String reason) implements ArticleSource {
        @Override
        public Article read(java.time.LocalDate fallbackDate) {
            throw InputException.of(where, reason);
        }
    }

    private static String idUnder(Path root, Path file) {
        Path relative = root.relativize(file);
        String id = ArticleReader.idOf(relative.getFileName());
        for (int i = relative.getNameCount() - 2; i >= 0; i--) {
            id = relative.getName(i) + "_" + id;
        }
        return id;
    }
}
