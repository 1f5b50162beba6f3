package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDFS;
import org.entente.TestProject;
import org.entente.article.Corpus;
import org.entente.extract.Extractor;
import org.entente.pipeline.BuildOperation;
import org.entente.pipeline.IngestOperation;
import org.entente.query.QueryRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text:query finds resources by a word of a label or an alias, and build, ingest and load keep the index in step. */
class LabelIndexTest {
    private static List<String> found(Path store, String words) {
        String sparql = "SELECT DISTINCT ?s WHERE { ?s text:query \"" + words + "\" } ORDER BY ?s";
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            var rows = new QueryRunner(kg).select(QueryRunner.parse(sparql, "-e"));
            List<String> iris = new ArrayList<>();
            rows.forEachRemaining((QuerySolution r) -> iris.add(r.getResource("s").getURI()));
            return iris;
        }
    }

    @Test
    void buildIndexesLabelsAndAliasesSoAnEntityIsFoundByEitherName(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        TestProject.build(TestProject.data(), store);
        assertTrue(found(store, "Kiev").contains("https://w3id.org/entente/id/entity/kyiv"), "by its alias");
        assertTrue(found(store, "Kyiv").contains("https://w3id.org/entente/id/entity/kyiv"), "by its label");
        assertTrue(found(store, "Kremlin").contains("https://w3id.org/entente/id/entity/kremlin"));
        assertEquals(List.of(), found(store, "Zanzibar"));
    }

    @Test
    void ingestAndLoadKeepTheIndexInStepWithTheStore(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("talks.txt"), "Talks in Geneva\n\nRussian President Vladimir Putin met "
                + "Chinese President Xi Jinping in Moscow on Monday.\n");
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(store)) {
            new IngestOperation(TestProject.data(), java.time.LocalDate.of(2025, 3, 4), 1,
                    java.time.Duration.ofSeconds(IngestOperation.DEFAULT_ARTICLE_SECONDS))
                    .run(kg, Corpus.sources(List.of(in), null), org.entente.extract.TestExtractor.get(), (d, t, f) -> { });
        }
        assertTrue(found(store, "Geneva").contains("https://w3id.org/entente/id/article/talks"), "the ingested article's title");

        Model notes = ModelFactory.createDefaultModel();
        notes.add(notes.createResource("urn:x-test:accord"), RDFS.label, "Zanzibar accord", "en");
        Path file = tmp.resolve("notes.ttl");
        try (var out = Files.newOutputStream(file)) {
            notes.write(out, "TURTLE");
        }
        new RdfFileLoad(store).load(RdfFileLoad.sources(List.of(file), null));
        assertEquals(List.of("urn:x-test:accord"), found(store, "Zanzibar"), "a loaded label");
        assertTrue(found(store, "Geneva").contains("https://w3id.org/entente/id/article/talks"), "and what was there");

        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            kg.replaceGraphs(Map.of(file.toAbsolutePath().normalize().toUri().toString(), ModelFactory.createDefaultModel()));
            kg.reindexLabels();
        }
        assertEquals(List.of(), found(store, "Zanzibar"), "a label no longer in the store is no longer found");
    }
}
