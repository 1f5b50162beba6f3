package org.entente.claims;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.input.StrictJson;
import org.entente.claims.ClaimDocument.TextLocation;

/**
 * The JSON form of claim sets (documented in {@code data/claims/README.md}).
 * Reading is strict: unknown fields, duplicate keys, trailing tokens and
 * values the model refuses are errors that name file, line and column.
 */
public final class ClaimsJson {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private ClaimsJson() {
    }

    /** Reads a claims file; any problem with it becomes an {@link InputException}. */
    public static ClaimDocument read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InputException.of(name, "no such claims file");
        } catch (IOException e) {
            throw InputException.of(name, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw InputException.of(name, "empty file; a claims file is a JSON object with article, producedBy and claims");
        }
        return parse(name, bytes);
    }

    /** Parses claims JSON held in memory; {@code name} is used in messages. */
    public static ClaimDocument parse(String name, byte[] bytes) {
        try {
            Map<String, TextLocation> locations = locate(bytes);
            ClaimSet set = MAPPER.readValue(bytes, ClaimSet.class);
            if (set == null) {
                throw InputException.of(name, "the file holds JSON null, not a claims object");
            }
            return new ClaimDocument(name, set, locations);
        } catch (JsonProcessingException e) {
            throw new InputException(JsonProblems.of(name, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims JSON of a claim set, indented, fields in model order. */
    public static String write(ClaimSet claims) {
        try {
            return MAPPER.writeValueAsString(claims) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim sets always serialise", e);
        }
    }


    /** Walks the token stream once, recording where each value starts, by its JSON pointer. */
    private static Map<String, TextLocation> locate(byte[] bytes) throws IOException {
        Map<String, TextLocation> found = new HashMap<>();
        try (JsonParser p = MAPPER.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                // An object or array opens a context of its own; where it stands is its parent's pointer.
                JsonStreamContext at = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? p.getParsingContext().getParent() : p.getParsingContext();
                JsonLocation where = p.currentTokenLocation();
                found.put(at == null ? "" : at.pathAsPointer().toString(), new TextLocation(where.getLineNr(), where.getColumnNr()));
            }
        }
        return found;
    }
}
