package org.entente.export;

import org.entente.rdf.RdfFormat;
import static org.entente.GraphAssertions.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.entente.input.InputException;
import org.entente.TestProject;
import org.entente.gazetteer.Gazetteer;
import org.entente.pipeline.BuildOperation;
import org.entente.pipeline.Converter;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.entente.validate.OwlChecker;
import org.entente.validate.OwlReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExporterTest {
    private static KnowledgeStore store;
    private static Dataset stored;

    @BeforeAll
    static void build() throws Exception {
        Path folder = Files.createTempDirectory("entente-export").resolve("store");
        TestProject.build(TestProject.data(), folder);
        store = KnowledgeStore.openExisting(folder);
        stored = DatasetFactory.create();
        store.graphNames().forEach(g -> stored.addNamedModel(g, store.graph(g)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] export(RdfFormat format, String article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(store).export(format, article, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"NQUADS", "TRIG", "JSONLD"})
    void quadFormatsReadBackToTheStoredDataset(RdfFormat format) {
        Dataset back = DatasetFactory.create();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(format, null)), format.lang());
        assertTrue(IsoMatcher.isomorphic(stored.asDatasetGraph(), back.asDatasetGraph()), format.toString());
    }

    @ParameterizedTest
    @EnumSource(value = RdfFormat.class, names = {"TURTLE", "NTRIPLES", "RDFXML"})
    void tripleFormatsReadBackToTheUnionOfAllGraphs(RdfFormat format) {
        Model union = ModelFactory.createDefaultModel();
        stored.listModelNames().forEachRemaining(g -> union.add(stored.getNamedModel(g)));
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(format, null)), format.lang());
        assertIsomorphic(union, back);
    }

    @Test
    void oneArticleExportsAsExactlyWhatTheConverterMade() {
        Model converted = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")))
                .convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                        TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).graph();
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(RdfFormat.TURTLE, TestProject.SEED)), RdfFormat.TURTLE.lang());
        assertIsomorphic(converted, back);
    }

    @Test
    void theOwlExportOpensAsOwl2DlAndIsConsistent() {
        OwlReport report = new OwlChecker().check(export(RdfFormat.OWL, null));
        assertEquals(List.of(), report.profileViolations());
        assertTrue(report.consistent());
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(export(RdfFormat.OWL, null)), RdfFormat.OWL.lang());
        assertEquals(1, back.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL2.Ontology).toList().size(), "one ontology header");
        assertTrue(back.contains(back.getResource(Ent.KNOWLEDGE_GRAPH), org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL2.Ontology));
    }

    @Test
    void anUnknownArticleIsTheUsersMistake() {
        InputException e = assertThrows(InputException.class, () -> export(RdfFormat.TURTLE, "nope"));
        assertTrue(e.getMessage().contains("no article 'nope'"));
    }
}
