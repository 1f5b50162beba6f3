package org.entente.pipeline;

import static org.entente.GraphAssertions.contents;
import static org.entente.GraphAssertions.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.entente.extract.Extractor;
import org.entente.gazetteer.Gazetteer;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestOperationTest {
    private static final LocalDate DATE = LocalDate.of(2025, 3, 4);
    private static Extractor extractor;

    @BeforeAll
    static void loadExtractor() {
        extractor = Extractor.load(TestProject.data());
    }

    /** A folder of articles: the seed (with curated claims), a plain one, and three that must fail. */
    private static Path articles(Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"), in.resolve(TestProject.SEED + ".txt"));
        Files.copy(TestProject.data().resolve("articles/" + TestProject.SEED + ".json"), in.resolve(TestProject.SEED + ".json"));
        Files.writeString(in.resolve("talks.txt"), "Talks in Geneva\n\nRussian President Vladimir Putin met "
                + "Chinese President Xi Jinping in Moscow on Monday, according to Reuters.\n");
        Files.createDirectories(in.resolve("more"));
        Files.write(in.resolve("more/latin1.txt"), "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(in.resolve("more/empty.txt"), new byte[0]);
        Files.writeString(in.resolve("more/notes.md"), "not an article");
        return in;
    }


    @Test
    void findsArticlesInFoldersWithIdsThatStayUnique(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        var ids = IngestOperation.inputs(List.of(in)).stream().map(IngestOperation.Input::id).toList();
        assertEquals(List.of(TestProject.SEED, "more_empty", "more_latin1", "talks"), ids);
    }

    @Test
    void loadsWhatItCanAndNamesWhatItSkipsWithTheReason(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        IngestSummary s = new IngestOperation(TestProject.data(), tmp.resolve("store"), DATE, 2)
                .run(IngestOperation.inputs(List.of(in)), extractor, (d, t, f) -> { });
        assertEquals(4, s.articles());
        assertEquals(1, s.curated());
        assertEquals(1, s.extracted());
        assertEquals(2, s.failures().size(), s.failures().toString());
        assertTrue(s.failures().stream().anyMatch(f -> f.article().endsWith("latin1.txt")
                && f.reason().startsWith("not valid UTF-8 at byte offset 3")), s.failures().toString());
        assertTrue(s.failures().stream().anyMatch(f -> f.article().endsWith("empty.txt")
                && f.reason().equals("empty article file")), s.failures().toString());
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("store"))) {
            assertEquals(List.of(Ent.graph(TestProject.SEED), Ent.graph("talks"), Ent.ONTOLOGY), kg.graphNames());
            var talks = kg.graph(Ent.graph("talks"));
            assertTrue(talks.contains(null, Ent.producedBy, Extractor.PRODUCED_BY), "the plain article's claims were extracted");
            assertTrue(talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("vladimir-putin"))));
        }
    }

    @Test
    void curatedClaimsTakePrecedenceOverExtraction(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        new IngestOperation(TestProject.data(), tmp.resolve("store"), DATE, 1)
                .run(IngestOperation.inputs(List.of(in.resolve(TestProject.SEED + ".txt"))), extractor, (d, t, f) -> { });
        var curated = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")))
                .convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                        TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).graph();
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("store"))) {
            assertIsomorphic(curated, kg.graph(Ent.graph(TestProject.SEED)));
        }
    }

    @Test
    void ingestingAgainChangesNothing(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path store = tmp.resolve("store");
        var ingest = new IngestOperation(TestProject.data(), store, DATE, 2);
        ingest.run(IngestOperation.inputs(List.of(in)), extractor, (d, t, f) -> { });
        Dataset before = contents(store);
        ingest.run(IngestOperation.inputs(List.of(in)), extractor, (d, t, f) -> { });
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), contents(store).asDatasetGraph()));
    }

    @Test
    void ingestingAChangedArticleReplacesItsGraph(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path store = tmp.resolve("store");
        var ingest = new IngestOperation(TestProject.data(), store, DATE, 1);
        ingest.run(IngestOperation.inputs(List.of(in.resolve("talks.txt"))), extractor, (d, t, f) -> { });
        Files.writeString(in.resolve("talks.txt"), "Talks in Geneva\n\nBrazilian President Luiz Inacio Lula da Silva "
                + "met Canadian Prime Minister Justin Trudeau in Ottawa on Monday.\n");
        ingest.run(IngestOperation.inputs(List.of(in.resolve("talks.txt"))), extractor, (d, t, f) -> { });
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            var talks = kg.graph(Ent.graph("talks"));
            assertTrue(!talks.containsResource(talks.getResource(Ent.entity("vladimir-putin"))),
                    "what the old text said is gone");
            assertTrue(talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("canada")))
                    || talks.contains(null, Ent.hasParticipant, talks.getResource(Ent.entity("justin-trudeau"))),
                    "what the new text says is there");
        }
    }

    @Test
    void anArticleWithoutADateIsSkippedNeverGivenToday(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        IngestSummary s = new IngestOperation(TestProject.data(), tmp.resolve("store"), null, 1)
                .run(IngestOperation.inputs(List.of(in.resolve("talks.txt"))), extractor, (d, t, f) -> { });
        assertEquals(0, s.loaded());
        assertTrue(s.failures().get(0).reason().startsWith("no publication date"), s.failures().toString());
    }

    @Test
    void twoArticlesWithOneIdAreNotBothLoaded(@TempDir Path tmp) throws Exception {
        Path in = articles(tmp);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(in.resolve("talks.txt"), other.resolve("talks.txt"));
        IngestSummary s = new IngestOperation(TestProject.data(), tmp.resolve("store"), DATE, 1).run(
                IngestOperation.inputs(List.of(in.resolve("talks.txt"), other.resolve("talks.txt"))), extractor, (d, t, f) -> { });
        assertEquals(1, s.loaded());
        assertTrue(s.failures().get(0).reason().contains("is also that of"), s.failures().toString());
    }

    @Test
    void aPathThatDoesNotExistIsTheUsersMistake(@TempDir Path tmp) {
        InputException e = assertThrows(InputException.class, () -> IngestOperation.inputs(List.of(tmp.resolve("nope"))));
        assertTrue(e.getMessage().contains("no such file or folder"));
    }
}
