package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.entente.InputException;
import org.entente.JsonProblems;
import org.entente.Problem;

/**
 * Reads an article: {@code ID.txt} (UTF-8, verbatim) and {@code ID.json}
 * (its metadata) side by side. Refuses a missing, empty or non-UTF-8 text.
 */
public final class ArticleReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ArticleReader() {
    }

    /** Reads the article whose text is {@code textFile}, with metadata from the {@code .json} beside it. */
    public static Article read(Path textFile) {
        Path metaFile = siblingJson(textFile);
        return new Article(idOf(textFile), readText(textFile), readMetadata(metaFile));
    }

    /** The article id of a text file: its name without {@code .txt}. */
    public static String idOf(Path textFile) {
        String name = textFile.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    public static Path siblingJson(Path textFile) {
        return textFile.resolveSibling(idOf(textFile) + ".json");
    }

    /** Reads a file as strict UTF-8, naming the byte offset of the first bad sequence. */
    public static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), "no such article file");
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw InputException.of(file.toString(), "empty article file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            if (text.isBlank()) {
                throw InputException.of(file.toString(), "article file holds only white space");
            }
            return text;
        } catch (MalformedInputException e) {
            throw InputException.of(file.toString(), "not valid UTF-8 at byte offset " + in.position()
                    + "; save the article as UTF-8");
        } catch (CharacterCodingException e) {
            throw InputException.of(file.toString(), "not valid UTF-8: " + e.getMessage());
        }
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
