package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.input.Ids;
import org.entente.input.InputException;
import org.entente.input.StrictJson;
import org.entente.input.JsonProblems;
import org.entente.input.TextFile;
import java.io.IOException;
import java.nio.file.Files;

/**
 * Reads an article: {@code ID.txt} (UTF-8, verbatim) and {@code ID.json}
 * (its metadata) side by side. Refuses a missing, empty or non-UTF-8 text.
 */
public final class ArticleReader {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private ArticleReader() {
    }

    /** Reads the article whose text is {@code textFile}, with metadata from the {@code .json} beside it. */
    public static Article read(Path textFile) {
        Path metaFile = siblingJson(textFile);
        return new Article(checkedId(textFile, idOf(textFile)), readText(textFile), readMetadata(metaFile));
    }

    /**
     * Reads an article whose metadata may be missing: from {@code meta} when
     * given, else from the {@code .json} beside the text; when there is none,
     * the title is the first non-blank line, the language English, and the
     * publication date is {@code fallbackDate}, which must then be given.
     * A date is never guessed: without metadata or fallback the article is refused.
     *
     * @param id the article id to use (the file name without extension, or a longer unique id)
     */
    public static Article read(Path textFile, String id, Path meta, LocalDate fallbackDate) {
        checkedId(textFile, id);
        String text = readText(textFile);
        Path metaFile = meta != null ? meta : siblingJson(textFile);
        ArticleMetadata metadata;
        if (meta != null || Files.exists(metaFile)) {
            metadata = readMetadata(metaFile);
        } else if (fallbackDate != null) {
            metadata = new ArticleMetadata(firstLine(text), fallbackDate, "en", null, null, null);
        } else {
            throw InputException.of(textFile.toString(), "no publication date: no " + metaFile.getFileName()
                    + " beside the article; give a metadata file or a date (--date YYYY-MM-DD)");
        }
        return new Article(id, text, metadata);
    }

    /** The id, when it can be part of an IRI; else the file's name is the user's to change. */
    private static String checkedId(Path textFile, String id) {
        try {
            return Ids.requireArticleId(id);
        } catch (IllegalArgumentException e) {
            throw InputException.of(textFile.toString(), e.getMessage() + "; rename the file");
        }
    }

    /** The first non-blank line, stripped: a title for a text that has none given. */
    static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse("untitled");
    }

    /** The article id of a text file: its name without {@code .txt}. */
    public static String idOf(Path textFile) {
        String name = textFile.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    public static Path siblingJson(Path textFile) {
        return textFile.resolveSibling(idOf(textFile) + ".json");
    }

    /** Reads an article's text as strict UTF-8; see {@link TextFile}. */
    public static String readText(Path file) {
        return TextFile.read(file, "article");
    }

    /** Reads article metadata JSON. */
    public static ArticleMetadata readMetadata(Path metaFile) {
        if (!Files.exists(metaFile)) {
            throw InputException.of(metaFile.toString(),
                    "no metadata file; write one with title, published (YYYY-MM-DD) and language");
        }
        try {
            ArticleMetadata meta = MAPPER.readValue(metaFile.toFile(), ArticleMetadata.class);
            if (meta == null) {
                throw InputException.of(metaFile.toString(), "metadata is JSON null");
            }
            return meta;
        } catch (JsonProcessingException e) {
            throw new InputException(JsonProblems.of(metaFile.toString(), e));
        } catch (IOException e) {
            throw InputException.of(metaFile.toString(), "cannot read: " + e.getMessage());
        }
    }
}
