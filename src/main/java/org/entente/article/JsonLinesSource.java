package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.entente.input.Ids;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.input.Problem;
import org.entente.input.StrictJson;

/**
 * One line of a JSON Lines corpus: an object with {@code id}, {@code date}
 * ({@code YYYY-MM-DD}) and {@code text}, and optionally {@code title},
 * {@code url} and {@code source} (the outlet's name). Parsed when read, so a
 * bad line fails alone, named by file and line.
 *
 * @param file the corpus file
 * @param line the 1-based line number
 * @param json the line
 */
public record JsonLinesSource(Path file, long line, String json) implements ArticleSource {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    /** The fields of a line. */
    private record Line(String id, String date, String text, String title, String url, String source) {
    }

    /** The id the line gives, if it can be seen without a full parse; else a stand-in naming the line. */
    @Override
    public String id() {
        try {
            var node = MAPPER.readTree(json);
            if (node != null && node.path("id").isTextual()) {
                return node.get("id").asText();
            }
        } catch (JsonProcessingException e) {
            // the line is malformed; read() says how
        }
        return file.getFileName() + "#" + line;
    }

    @Override
    public String where() {
        return file + ":" + line;
    }

    @Override
    public Article read(LocalDate fallbackDate) {
        Line l;
        try {
            l = MAPPER.readValue(json, Line.class);
        } catch (JsonProcessingException e) {
            Problem p = JsonProblems.of(file.toString(), e);
            throw InputException.of(where() + (p.column() > 0 ? ":" + p.column() : ""), p.message());
        }
        if (l == null) {
            throw InputException.of(where(), "the line is JSON null, not an article object");
        }
        if (l.id() == null || l.text() == null || l.text().isBlank()) {
            throw InputException.of(where(), "an article line needs \"id\" and a non-blank \"text\"");
        }
        try {
            Ids.requireArticleId(l.id());
        } catch (IllegalArgumentException e) {
            throw InputException.of(where(), e.getMessage());
        }
        LocalDate published = fallbackDate;
        if (l.date() != null) {
            try {
                published = LocalDate.parse(l.date());
            } catch (DateTimeParseException e) {
                throw InputException.of(where(), "date '" + l.date() + "' is not a date YYYY-MM-DD");
            }
        }
        if (published == null) {
            throw InputException.of(where(), "no publication date: give \"date\" on the line, or --date");
        }
        String title = l.title() != null && !l.title().isBlank() ? l.title() : ArticleReader.firstLine(l.text());
        return new Article(l.id(), l.text(), new ArticleMetadata(title, published, "en", null, l.url(), l.source()));
    }
}
