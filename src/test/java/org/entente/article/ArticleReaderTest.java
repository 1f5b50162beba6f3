package org.entente.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static String messageOf(Path text) {
        return assertThrows(InputException.class, () -> ArticleReader.read(text)).problems().get(0).toString();
    }

    private static void writeMeta(Path dir, String id) throws Exception {
        Files.writeString(dir.resolve(id + ".json"), "{\"title\": \"T\", \"published\": \"2025-02-24\", \"language\": \"en\"}");
    }

    @Test
    void readsTheSeedArticleVerbatimWithItsMetadata() throws Exception {
        Path txt = TestProject.data().resolve("articles/" + TestProject.SEED + ".txt");
        Article a = ArticleReader.read(txt);
        assertEquals(TestProject.SEED, a.id());
        assertEquals(Files.readString(txt, StandardCharsets.UTF_8), a.text());
        assertEquals(LocalDate.of(2025, 2, 24), a.metadata().published());
        assertEquals("en", a.metadata().language());
    }

    @Test
    void missingArticleIsNamed(@TempDir Path dir) {
        assertTrue(messageOf(dir.resolve("gone.txt")).endsWith("gone.txt: no such article file"));
    }

    @Test
    void emptyArticleIsRefused(@TempDir Path dir) throws Exception {
        Path txt = Files.createFile(dir.resolve("a.txt"));
        writeMeta(dir, "a");
        assertTrue(messageOf(txt).endsWith("a.txt: empty article file"));
    }

    @Test
    void nonUtf8ArticleNamesTheByteOffset(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("a.txt");
        Files.write(txt, new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        writeMeta(dir, "a");
        String message = messageOf(txt);
        assertTrue(message.contains("not valid UTF-8 at byte offset 3"), message);
    }

    @Test
    void missingMetadataSaysWhatToWrite(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("a.txt"), "Text.");
        String message = messageOf(txt);
        assertTrue(message.contains("a.json: no metadata file"), message);
    }

    @Test
    void metadataWithoutDateIsRefusedWithLocation(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("a.json"), "{\"title\": \"T\",\n \"language\": \"en\"}");
        String message = messageOf(txt);
        assertTrue(message.contains("publication date"), message);
        assertTrue(message.contains("a.json:2:"), message);
    }

    @Test
    void slicesByCodePoints() {
        Article a = new Article("x", "\uD83D\uDE00ab", new ArticleMetadata("t", LocalDate.of(2025, 1, 1), "en", null, null, null));
        assertEquals(3, a.length());
        assertEquals("ab", a.slice(1, 3));
    }
}
