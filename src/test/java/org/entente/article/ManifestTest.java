package org.entente.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    /** A corpus's own listing (paths and titles, no dates) sits where a manifest would. */
    private static Path folderBesideAListing(Path tmp) throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("politics"));
        Files.writeString(texts.resolve("001.txt"), "Talks\n\nFrance and Germany held talks.\n");
        Files.writeString(tmp.resolve("MANIFEST.tsv"), "repo\tpath\ttitle\nx/y\tpolitics/001.txt\tTalks\n");
        return texts;
    }

    @Test
    void aListingWithoutTheManifestColumnsIsPassedOverAndNamed(@TempDir Path tmp) throws Exception {
        Path texts = folderBesideAListing(tmp);
        assertTrue(Manifest.near(texts).isEmpty());
        List<String> notes = Manifest.passedOver(texts);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("MANIFEST.tsv: not read as a manifest") && notes.get(0).contains("'date'"), notes.get(0));
        List<ArticleSource> sources = Corpus.sources(List.of(texts), null);
        assertEquals(1, sources.size());
    }

    @Test
    void theSameListingGivenAsTheManifestIsAnError(@TempDir Path tmp) throws Exception {
        Path texts = folderBesideAListing(tmp);
        InputException e = assertThrows(InputException.class,
                () -> Corpus.sources(List.of(texts), tmp.resolve("MANIFEST.tsv")));
        assertTrue(e.getMessage().contains("needs a 'file' or 'id' column"), e.getMessage());
    }

    @Test
    void aTrueManifestBesideIsFoundAndNothingIsPassedOver(@TempDir Path tmp) throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(tmp.resolve("manifest.csv"), "id,date\n001,2019-05-06\n");
        assertEquals(tmp.resolve("manifest.csv"), Manifest.near(texts).orElseThrow());
        assertTrue(Manifest.passedOver(texts).isEmpty());
        Manifest m = Manifest.read(tmp.resolve("manifest.csv"));
        assertEquals("2019-05-06", m.row("001").orElseThrow().date().toString());
        assertNull(m.row("001").orElseThrow().problem());
    }
}
