package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.GraphAssertions;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ways of loading (bulk into a new generation, or one transaction) give the same store and refuse bad input whole. */
class RdfFileLoadTest {
    private static final String TURTLE = """
            @prefix ex: <urn:x-test:> .
            ex:a ex:p ex:b , "one" .
            ex:b ex:p "two"@en .
            """;
    private static final String NQUADS = """
            <urn:x-test:c> <urn:x-test:p> "three" <urn:x-test:g1> .
            <urn:x-test:d> <urn:x-test:p> "four" <urn:x-test:g2> .
            <urn:x-test:e> <urn:x-test:p> "default" .
            """;

    private static Path gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Model turtle(String text) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.StringReader(text), null, Lang.TURTLE);
        return m;
    }

    /** @param bulkBytes 0 sends every load through the bulk loader; a huge value only loads into an empty store */
    @ParameterizedTest
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void triplesGoToTheFilesGraphQuadsToTheirOwnAndALoadAgainReplacesTheFilesGraph(long bulkBytes, @TempDir Path tmp) throws IOException {
        Path ttl = Files.writeString(tmp.resolve("a.ttl"), TURTLE);
        Path nq = gzip(tmp.resolve("b.nq.gz"), NQUADS);
        Path store = tmp.resolve("store");
        RdfFileLoad load = new RdfFileLoad(store, bulkBytes);
        RdfFileLoad.Summary first = load.load(RdfFileLoad.sources(List.of(ttl, nq), null));
        assertEquals(6, first.quadsRead());
        String fileGraph = ttl.toAbsolutePath().normalize().toUri().toString();
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            GraphAssertions.assertIsomorphic(turtle(TURTLE), kg.graph(fileGraph));
            assertEquals(Stream.of("urn:x-test:g1", "urn:x-test:g2", fileGraph, nq.toAbsolutePath().normalize().toUri().toString())
                    .sorted().toList(), kg.graphNames());
            assertEquals(6, kg.quadCount());
        }
        // The file changed: loading it again replaces its graph and keeps the rest.
        Files.writeString(ttl, "<urn:x-test:a> <urn:x-test:p> \"only\" .\n");
        RdfFileLoad.Summary second = new RdfFileLoad(store, bulkBytes).load(RdfFileLoad.sources(List.of(ttl), null));
        assertEquals(bulkBytes == 0, second.bulk());
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            assertEquals(1, kg.graph(fileGraph).size());
            assertEquals(4, kg.quadCount());
        }
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(List.of("Data-"), entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")
                    || n.equals("loading")).map(n -> n.substring(0, 5)).toList(), "one generation, no staging left");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {0, Long.MAX_VALUE})
    void aSyntaxErrorNamesFileLineAndColumnAndLoadsNothing(long bulkBytes, @TempDir Path tmp) throws IOException {
        Path store = tmp.resolve("store");
        Path good = Files.writeString(tmp.resolve("good.ttl"), TURTLE);
        new RdfFileLoad(store, bulkBytes).load(RdfFileLoad.sources(List.of(good), null));
        Path more = Files.writeString(tmp.resolve("more.nt"), "<urn:x-test:m> <urn:x-test:p> \"m\" .\n");
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "@prefix ex: <urn:x-test:> .\nex:a ex:p ex:b .\nex:c ex:p ex:d ex:e .\n");
        InputException e = assertThrows(InputException.class,
                () -> new RdfFileLoad(store, bulkBytes).load(RdfFileLoad.sources(List.of(more, bad), null)));
        Problem p = e.problems().get(0);
        assertEquals(bad.toString(), p.file());
        assertEquals(3, p.line(), p.toString());
        assertTrue(p.column() > 0, p.toString());
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store)) {
            assertEquals(3, kg.quadCount(), "the store as it was: nothing of more.nt either");
            assertFalse(kg.graphNames().contains(more.toAbsolutePath().normalize().toUri().toString()));
        }
    }

    @Test
    void refusesMissingFilesAndUnknownSyntaxBeforeReadingAny(@TempDir Path tmp) throws IOException {
        Path notes = Files.writeString(tmp.resolve("notes.txt"), "not RDF");
        InputException e = assertThrows(InputException.class,
                () -> RdfFileLoad.sources(List.of(tmp.resolve("missing.nt"), notes), null));
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(1).message().contains("unknown RDF syntax"), e.problems().toString());
    }
}
