package org.entente.claims;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.entente.input.InputException;
import org.entente.input.JsonProblems;
import org.entente.claims.ClaimDocument.TextLocation;

/**
 * The JSON form of claim sets (documented in {@code data/claims/README.md}).
 * Reading is strict: unknown fields, duplicate keys, trailing tokens and
 * values the model refuses are errors that name file, line and column.
 */
public final class ClaimsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

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


    /** Walks the token stream once, recording where each value starts, by JSON pointer. */
    private static Map<String, TextLocation> locate(byte[] bytes) throws IOException {
        Map<String, TextLocation> found = new HashMap<>();
        Deque<Object> path = new ArrayDeque<>();
        Deque<int[]> arrayIndex = new ArrayDeque<>();
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            JsonToken t;
            String field = null;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    field = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (t == JsonToken.END_ARRAY) {
                        arrayIndex.pop();
                    }
                    if (!path.isEmpty()) {
                        path.pop();
                    }
                    continue;
                }
                String segment = null;
                if (field != null) {
                    segment = field;
                    field = null;
                } else if (!arrayIndex.isEmpty()) {
                    segment = Integer.toString(arrayIndex.peek()[0]++);
                }
                String pointer = pointer(path, segment);
                JsonLocation at = p.currentTokenLocation();
                found.put(pointer, new TextLocation(at.getLineNr(), at.getColumnNr()));
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.push(segment == null ? "" : segment);
                    if (t == JsonToken.START_ARRAY) {
                        arrayIndex.push(new int[] {0});
                    }
                }
            }
        }
        return found;
    }

    private static String pointer(Deque<Object> path, String segment) {
        StringBuilder b = new StringBuilder();
        var it = path.descendingIterator();
        boolean root = true;
        while (it.hasNext()) {
            Object s = it.next();
            if (root) {
                root = false;
                continue;
            }
            b.append('/').append(s);
        }
        if (segment != null) {
            b.append('/').append(segment);
        }
        return b.toString();
    }
}
