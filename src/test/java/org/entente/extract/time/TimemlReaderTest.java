package org.entente.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimemlReaderTest {

    private final TimemlReader reader = new TimemlReader();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TimemlReaderTest.class.getResource("/timeml/" + name).toURI());
    }

    @Test
    void readsCreationTimeFromTheCreationTimeTimex() throws Exception {
        TimemlDocument doc = reader.read(resource("envoy-visit.tml"));
        assertEquals("ENTENTE-SAMPLE-1", doc.id());
        assertEquals(LocalDate.of(2025, 2, 24), doc.creationDate());
    }

    @Test
    void textIsTheTextElementWithTagsStrippedAndEntitiesDecoded() throws Exception {
        TimemlDocument doc = reader.read(resource("envoy-visit.tml"));
        assertTrue(doc.text().contains("GENEVA & BERN _ Envoys met on Monday to prepare"), doc.text());
        assertFalse(doc.text().contains("<"));
        assertFalse(doc.text().contains("Envoys gather"), "the title is not part of the text");
    }

    @Test
    void goldOffsetsPointAtTheAnnotatedWords() throws Exception {
        TimemlDocument doc = reader.read(resource("envoy-visit.tml"));
        List<TimemlDocument.Timex> timexes = doc.timexes();
        assertEquals(4, timexes.size(), "the creation time outside TEXT is not a gold expression");
        assertEquals(List.of("on Monday", "in September 2023", "six hours", "next week"),
                timexes.stream().map(t -> doc.text().substring(t.start(), t.end())).toList());
        assertEquals(List.of("2025-02-24", "2023-09", "2025-W10"),
                doc.dates().stream().map(TimemlDocument.Timex::value).toList());
        assertEquals("DURATION", timexes.get(2).type());
    }

    @Test
    void readsCreationTimeFromDctElementWhenNoTimexMarksIt() throws Exception {
        TimemlDocument doc = reader.read(resource("nested/dct-element-only.tml"));
        assertEquals(LocalDate.of(2025, 2, 24), doc.creationDate());
    }

    @Test
    void fileWithoutCreationTimeIsRejectedWithItsName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("undated.tml"), "<TimeML><TEXT>Talks on Monday.</TEXT></TimeML>");
        TimemlReader.TimemlException e = assertThrows(TimemlReader.TimemlException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("undated.tml"), e.getMessage());
    }

    @Test
    void malformedFileIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.tml"), "<TimeML>\n<DCT>20250224</DCT>\n<TEXT>oops</TimeML>");
        TimemlReader.TimemlException e = assertThrows(TimemlReader.TimemlException.class, () -> reader.read(file));
        assertTrue(e.getMessage().contains("broken.tml:3"), e.getMessage());
    }
}
