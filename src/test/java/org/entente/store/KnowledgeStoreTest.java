package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    private static Model graph(int n) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 200; i++) {
            m.add(m.createResource("urn:x-test:s" + n + "-" + i), m.createProperty("urn:x-test:p" + (i % 7)), "value " + n + " " + i);
        }
        return m;
    }

    private static Dataset copy(KnowledgeStore store) {
        return store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listModelNames().forEachRemaining(r -> copy.addNamedModel(r.getURI(), ds.getNamedModel(r.getURI())));
            return copy;
        });
    }

    @Test
    void compactionShrinksAStoreGrownByManySmallWritesAndKeepsEveryQuad(@TempDir Path tmp) throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            for (int n = 0; n < 60; n++) {
                store.replaceGraphs(Map.of("urn:x-test:g" + n, graph(n)));
            }
            Dataset before = copy(store);
            KnowledgeStore.Compaction c = store.compact();
            assertTrue(c.bytesAfter() < c.bytesBefore(), "before " + c.bytesBefore() + ", after " + c.bytesAfter());
            assertEquals(store.sizeOnDisk(), c.bytesAfter());
            assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), copy(store).asDatasetGraph()), "the same quads");
            assertEquals(60 * 200, store.quadCount());
        }
        try (Stream<Path> generations = Files.list(tmp.resolve("store"))) {
            assertEquals(1, generations.filter(p -> p.getFileName().toString().startsWith("Data-")).count(),
                    "the old generation is deleted");
        }
        try (KnowledgeStore reopened = KnowledgeStore.openExisting(tmp.resolve("store"))) {
            assertEquals(60 * 200, reopened.quadCount(), "the compacted store is the one opened next");
        }
    }
}
