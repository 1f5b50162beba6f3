package org.entente.pipeline;

import static org.entente.GraphAssertions.contents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuildOperationTest {
    private static final String CLAIMS = "claims/" + TestProject.SEED + ".json";
    private static final String TEXT = "articles/" + TestProject.SEED + ".txt";


    @Test
    void buildLoadsTheOntologyAndOneGraphPerArticle(@TempDir Path tmp) {
        BuildSummary summary = TestProject.build(TestProject.data(), tmp.resolve("store"));
        assertEquals(1, summary.articles());
        assertTrue(summary.claims() > 0);
        assertEquals(summary.triplesLoaded(), summary.storeQuads());
        try (KnowledgeStore kg = KnowledgeStore.open(tmp.resolve("store"))) {
            assertEquals(List.of(Ent.graph(TestProject.SEED), Ent.ONTOLOGY), kg.graphNames());
        }
    }

    @Test
    void buildingAgainChangesNothing(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        BuildSummary first = TestProject.build(TestProject.data(), store);
        Dataset before = contents(store);
        BuildSummary second = TestProject.build(TestProject.data(), store);
        assertEquals(first.storeQuads(), second.storeQuads());
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), contents(store).asDatasetGraph()));
    }

    @Test
    void rebuildingReplacesAnArticlesGraphRatherThanAddingToIt(@TempDir Path tmp) throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Path store = tmp.resolve("store");
        TestProject.build(data, store);
        String claim = Ent.claim(TestProject.SEED, "c33");
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            assertTrue(kg.graph(Ent.graph(TestProject.SEED)).containsResource(
                    org.apache.jena.rdf.model.ResourceFactory.createResource(claim)));
        }
        Path claims = data.resolve(CLAIMS);
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(claims.toFile());
        var list = tree.withArray("claims");
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).get("id").asText().equals("c33")) {
                list.remove(i);
            }
        }
        var relations = tree.withArray("relations");
        for (int i = relations.size() - 1; i >= 0; i--) {
            if (relations.get(i).get("id").asText().equals("china-supports-russia-summit")) {
                relations.remove(i);
            }
        }
        new com.fasterxml.jackson.databind.ObjectMapper().writeValue(claims.toFile(), tree);
        TestProject.build(data, store);
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            var graph = kg.graph(Ent.graph(TestProject.SEED));
            assertTrue(!graph.containsResource(org.apache.jena.rdf.model.ResourceFactory.createResource(claim)),
                    "the removed claim is gone after rebuilding");
        }
    }

    @Test
    void anArticleWhoseCuratedClaimsWereRemovedLeavesTheStore(@TempDir Path tmp) throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Files.copy(data.resolve(TEXT), data.resolve("articles/copy.txt"));
        Files.copy(data.resolve("articles/" + TestProject.SEED + ".json"), data.resolve("articles/copy.json"));
        Files.writeString(data.resolve("claims/copy.json"), Files.readString(data.resolve(CLAIMS))
                .replace("\"article\": \"" + TestProject.SEED + "\"", "\"article\": \"copy\""));
        Path store = tmp.resolve("store");
        assertEquals(2, TestProject.build(data, store).articles());
        Files.delete(data.resolve("claims/copy.json"));
        TestProject.build(data, store);
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            assertEquals(List.of(Ent.graph(TestProject.SEED), Ent.ONTOLOGY), kg.graphNames());
        }
    }

    @Test
    void aGraphNotBuiltFromCuratedClaimsSurvivesABuild(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        TestProject.build(TestProject.data(), store);
        String other = Ent.graph("extracted-elsewhere");
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.createResource(Ent.claim("extracted-elsewhere", "c1")).addProperty(Ent.producedBy, "entente-extract 0.1.0");
            kg.replaceGraphs(java.util.Map.of(other, m));
        }
        TestProject.build(TestProject.data(), store);
        try (KnowledgeStore kg = KnowledgeStore.open(store)) {
            assertTrue(kg.graphNames().contains(other));
        }
    }

    @Test
    void aFolderHoldingOtherFilesIsNotMadeIntoAStore(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(folder.resolve("todo.txt"), "keep me");
        InputException e = assertThrows(InputException.class, () -> TestProject.build(TestProject.data(), folder));
        assertTrue(e.getMessage().contains("holds no store"), e.getMessage());
        assertEquals(List.of(folder.resolve("todo.txt")), Files.list(folder).toList());
    }

    /** Ways to break a copy of the project's data, each with the words its error must contain. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("malformed claims JSON", (Breakage) d -> replace(d.resolve(CLAIMS), "\"claims\": [", "\"claims\" ["),
                        CLAIMS.substring(7) + ":"),
                Arguments.of("a claim with no offsets", (Breakage) d -> replace(d.resolve(CLAIMS), "\"start\": 59,", ""),
                        "'claims[1].evidence[0].start' is missing or null"),
                Arguments.of("quote that does not match its offsets", (Breakage) d -> replace(d.resolve(CLAIMS),
                        "\"quote\": \"Chinese President Xi Jinping\"", "\"quote\": \"Chinese Premier Xi Jinping\""),
                        "quote does not match the article at offsets"),
                Arguments.of("unknown entity", (Breakage) d -> replace(d.resolve(CLAIMS), "\"source\": \"cctv\"", "\"source\": \"cctv-news\""),
                        "unknown entity 'cctv-news'"),
                Arguments.of("duplicate claim id", (Breakage) d -> replace(d.resolve(CLAIMS), "\"id\": \"c02\"", "\"id\": \"c01\""),
                        "duplicate claim id 'c01'"),
                Arguments.of("missing article", (Breakage) d -> Files.delete(d.resolve(TEXT)),
                        "no such article file"),
                Arguments.of("non-UTF-8 article", (Breakage) d -> {
                    byte[] text = Files.readAllBytes(d.resolve(TEXT));
                    text[10] = (byte) 0xFF;
                    Files.write(d.resolve(TEXT), text);
                }, "not valid UTF-8 at byte offset 10"),
                Arguments.of("empty claims file", (Breakage) d -> Files.write(d.resolve(CLAIMS), new byte[0]),
                        "empty file"),
                Arguments.of("empty article", (Breakage) d -> Files.write(d.resolve(TEXT), new byte[0]),
                        "empty article file"),
                Arguments.of("broken gazetteer", (Breakage) d -> Files.writeString(d.resolve("gazetteer/zz.json"), "{\"entities\": [{\"id\": \"x\"}]}"),
                        "zz.json:1:"));
    }

    interface Breakage {
        void apply(Path data) throws Exception;
    }

    private static void replace(Path file, String from, String to) throws Exception {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), "test setup: " + from + " not in " + file);
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputFailsClearlyAndLeavesTheStoreExactlyAsBefore(String what, Breakage breakage, String expected,
                                                             @TempDir Path tmp) throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Path store = tmp.resolve("store");
        TestProject.build(data, store);
        Dataset before = contents(store);

        breakage.apply(data);
        InputException e = assertThrows(InputException.class, () -> TestProject.build(data, store));
        String message = e.problems().toString();
        assertTrue(message.contains(expected), what + ": " + message);
        assertTrue(e.problems().stream().allMatch(p -> !p.file().isEmpty()), "every problem names its file");
        assertTrue(IsoMatcher.isomorphic(before.asDatasetGraph(), contents(store).asDatasetGraph()),
                what + " changed the store");
    }

    @Test
    void aFailedFirstBuildCreatesNoStoreContent(@TempDir Path tmp) throws Exception {
        Path data = TestProject.copyOfData(tmp);
        Files.write(data.resolve(CLAIMS), new byte[0]);
        assertThrows(InputException.class, () -> TestProject.build(data, tmp.resolve("store")));
        assertTrue(Files.notExists(tmp.resolve("store")), "inputs are checked before the store is opened");
    }
}
