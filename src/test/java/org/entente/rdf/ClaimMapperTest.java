package org.entente.rdf;

import static org.entente.GraphAssertions.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.entente.TestProject;
import org.entente.gazetteer.Gazetteer;
import org.entente.pipeline.Converter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClaimMapperTest {
    private static final Path GOLDEN = TestProject.root().resolve("src/test/resources/golden");
    private static Converter seedConverter;
    private static Converter miniConverter;

    @BeforeAll
    static void converters() {
        seedConverter = new Converter(Gazetteer.read(TestProject.data().resolve("gazetteer")));
        miniConverter = new Converter(Gazetteer.read(GOLDEN.resolve("mini/gazetteer")));
    }

    private static Model mini() {
        return miniConverter.convert(GOLDEN.resolve("mini/articles/mini.txt"), GOLDEN.resolve("mini/claims/mini.json")).graph();
    }

    private static Model seed() {
        return seedConverter.convert(TestProject.data().resolve("articles/" + TestProject.SEED + ".txt"),
                TestProject.data().resolve("claims/" + TestProject.SEED + ".json")).graph();
    }

    @Test
    void miniArticleMapsToTheHandWrittenGraph() {
        assertIsomorphic(RDFDataMgr.loadModel(GOLDEN.resolve("mini.ttl").toString()), mini());
    }

    @Test
    void seedArticleMapsToItsReviewedGraph() {
        assertIsomorphic(RDFDataMgr.loadModel(GOLDEN.resolve(TestProject.SEED + ".ttl").toString()), seed());
    }

    @Test
    void mappingTwiceMintsTheSameIris() {
        Model first = seed();
        Model second = seed();
        assertTrue(first.isIsomorphicWith(second));
        assertEquals(first.listSubjects().toSet(), second.listSubjects().toSet());
        assertTrue(first.listSubjects().toList().stream().noneMatch(r -> r.isAnon()), "no blank nodes");
    }

    @Test
    void anEntityNamedByTwoArticlesIsOneNode() {
        var russia = ResourceFactory.createResource(Ent.entity("russia"));
        Model mini = mini();
        Model seed = seed();
        assertTrue(mini.contains(russia, RDFS.label) && seed.contains(russia, RDFS.label),
                "both articles describe Russia under the one IRI " + russia);
        long subjectsNamedRussia = ModelFactory.createDefaultModel().add(mini).add(seed)
                .listSubjectsWithProperty(RDFS.label, "Russia", "en").toList().size();
        assertEquals(1, subjectsNamedRussia, "one node, not one per article");
    }

    @Test
    void everyTypedIndividualHasALabel() {
        Model graph = seed();
        String sparql = """
                SELECT ?x WHERE { ?x a ?type FILTER NOT EXISTS { ?x <%s> ?label } }
                """.formatted(RDFS.label.getURI());
        try (QueryExecution q = QueryExecution.model(graph).query(sparql).build()) {
            List<String> unlabelled = new java.util.ArrayList<>();
            q.execSelect().forEachRemaining(r -> unlabelled.add(r.get("x").toString()));
            assertEquals(List.of(), unlabelled);
        }
    }

    @Test
    void everyEventTypeUsedCarriesACameoCodeInTheOntology() {
        Model union = ModelFactory.createUnion(seed(), Ontology.ontology());
        String sparql = """
                PREFIX ent: <https://w3id.org/entente/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT DISTINCT ?type WHERE { ?e a ?type . ?type rdfs:subClassOf* ent:Event
                  FILTER NOT EXISTS { ?type ent:cameoCode ?code } }
                """;
        try (QueryExecution q = QueryExecution.model(union).query(sparql).build()) {
            assertFalse(q.execSelect().hasNext());
        }
    }

    /** The graph of one article of the given text and claims JSON, against the project's gazetteer. */
    private static Model convertOne(String id, String text, String json) {
        var article = new org.entente.article.Article(id, text,
                new org.entente.article.ArticleMetadata(id, java.time.LocalDate.of(2025, 3, 1), "en", null, null, null));
        var doc = org.entente.claims.ClaimsJson.parse(id + ".json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return seedConverter.convert(article, doc).graph();
    }

    @Test
    void anArticlesOwnEntitiesAndAimsBecomeTriples() {
        String text = "Li Hui of China met Canadian envoys to prepare peace talks.";
        String json = """
                {"article": "own", "producedBy": "curated",
                 "entities": [{"id": "li-hui", "type": "Person", "label": "Li Hui", "country": "china"}],
                 "events": [{"id": "meeting", "cameo": "040", "aim": "talks",
                             "participants": [{"entity": "li-hui", "role": "participant"}, {"entity": "canada", "role": "participant"}]},
                            {"id": "talks", "type": "Negotiation", "status": "planned"}],
                 "claims": [{"id": "c1", "about": "meeting", "evidence": [{"start": 0, "end": 59, "quote": "%s"}], "factuality": "asserted"},
                            {"id": "c2", "about": "talks", "evidence": [{"start": 0, "end": 59, "quote": "%s"}], "factuality": "asserted"}]}
                """.formatted(text, text);
        Model graph = convertOne("own", text, json);
        var li = ResourceFactory.createResource(Ent.entity("li-hui"));
        assertTrue(graph.contains(li, RDFS.label, "Li Hui", "en"));
        assertTrue(graph.contains(li, org.apache.jena.vocabulary.RDF.type, ResourceFactory.createResource(Ent.NS + "Person")));
        assertTrue(graph.contains(li, Ent.country, ResourceFactory.createResource(Ent.entity("china"))));
        var meeting = ResourceFactory.createResource(Ent.situation("own", "meeting"));
        assertTrue(graph.contains(meeting, Ent.aim, ResourceFactory.createResource(Ent.situation("own", "talks"))));
        assertTrue(graph.contains(meeting, Ent.cameoCode, "040"));
        assertTrue(graph.contains(meeting, org.apache.jena.vocabulary.RDF.type, ResourceFactory.createResource(Ent.NS + "Consultation")));
    }

    @Test
    void anAgentActingForAStateTakesPartOnItsBehalfAndTheStateIsAParticipantOfTheSituation() {
        String text = "Chinese envoy Li Hui met Canadian officials.";
        String json = """
                {"article": "behalf", "producedBy": "curated",
                 "entities": [{"id": "li-hui", "type": "Person", "label": "Li Hui", "country": "china"}],
                 "events": [{"id": "meeting", "cameo": "040",
                             "participants": [{"entity": "li-hui", "role": "participant", "actingFor": "china"},
                                              {"entity": "canada", "role": "participant"}]}],
                 "claims": [{"id": "c1", "about": "meeting", "evidence": [{"start": 0, "end": 44, "quote": "%s"}], "factuality": "asserted"}]}
                """.formatted(text);
        Model graph = convertOne("behalf", text, json);
        var meeting = ResourceFactory.createResource(Ent.situation("behalf", "meeting"));
        var china = ResourceFactory.createResource(Ent.entity("china"));
        var li = ResourceFactory.createResource(Ent.entity("li-hui"));
        var participation = ResourceFactory.createResource(Ent.participation(meeting.getURI(), org.entente.claims.Role.PARTICIPANT, "li-hui"));
        assertTrue(graph.contains(participation, Ent.participant, li));
        assertTrue(graph.contains(participation, Ent.onBehalfOf, china));
        assertTrue(graph.contains(meeting, Ent.hasParticipant, china), "the state takes part through its envoy");
        assertEquals(2, graph.listObjectsOfProperty(meeting, Ent.hasParticipation).toList().size(), "no participation of its own");
        var report = new org.entente.validate.ShapeValidator().validate(graph);
        assertEquals(java.util.List.of(), report.violations());
    }
}
