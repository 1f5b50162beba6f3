package org.entente.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.TestProject;
import org.entente.article.ArticleReader;
import org.entente.claims.ClaimsJson;
import org.entente.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JSON input is read one strict way: no value changes kind on the way in, and nothing follows the document. */
class StrictJsonTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> changedKinds() {
        return Stream.of(
                Arguments.of("\"start\": 25,", "\"start\": \"25\",", 597),
                Arguments.of("\"start\": 25,", "\"start\": 25.5,", 597),
                Arguments.of("\"end\": 226,", "\"end\": \"226\",", 598),
                Arguments.of("\"label\": \"Telephone conversation between Xi Jinping and Vladimir Putin\",", "\"label\": 12345,", 8),
                Arguments.of("\"about\": \"xi-putin-call\",", "\"about\": \"xi-putin-call\", \"confidence\": \"0.5\",", 594));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("changedKinds")
    void aValueOfTheWrongKindInClaimsIsAnErrorWhereItStands(String was, String now, int line) throws Exception {
        String json = Files.readString(TestProject.data().resolve("claims/" + TestProject.SEED + ".json"));
        assertTrue(json.contains(was), was);
        Path file = Files.writeString(tmp.resolve(TestProject.SEED + ".json"),
                json.replaceFirst(Pattern.quote(was), Matcher.quoteReplacement(now)));
        InputException e = assertThrows(InputException.class, () -> ClaimsJson.read(file));
        Problem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
    }

    @Test
    void trailingTextAfterAGazetteerFileIsAnError() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("gazetteer"));
        TestProject.copyTree(TestProject.data().resolve("gazetteer"), folder);
        Path states = folder.resolve("states.json");
        Files.writeString(states, Files.readString(states).stripTrailing() + "{\n");
        InputException e = assertThrows(InputException.class, () -> Gazetteer.read(folder));
        Problem p = e.problems().get(0);
        assertEquals(states.toString(), p.file());
        assertTrue(p.line() > 1 && p.column() > 0, p.toString());
    }

    @Test
    void articleMetadataIsReadAsStrictly() throws Exception {
        Path text = Files.writeString(tmp.resolve("a.txt"), "Talks.\n");
        Files.writeString(tmp.resolve("a.json"), "{\"title\": 12345, \"published\": \"2020-01-01\", \"language\": \"en\"}");
        InputException e = assertThrows(InputException.class, () -> ArticleReader.read(text));
        assertEquals(1, e.problems().get(0).line(), e.problems().get(0).toString());
    }
}
