package org.entente.serve;

import static org.entente.serve.TestStores.encode;
import static org.entente.serve.TestStores.get;
import static org.entente.serve.TestStores.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.entente.input.TextFile;
import org.entente.query.CompetencyQuestion;
import org.entente.query.CompetencyQuestions;
import org.entente.query.QueryRunner;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPARQL 1.1 protocol over real HTTP: the server answers as the command line does. */
class SparqlProtocolTest {
    private static final String ARTICLES = """
            PREFIX ent: <https://w3id.org/entente/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?claim ?label WHERE { ?claim a ent:Claim ; rdfs:label ?label } ORDER BY ?claim
            """;
    private static final String CONSTRUCT = """
            PREFIX ent: <https://w3id.org/entente/ontology#>
            CONSTRUCT { ?claim ent:about ?situation ; ent:source ?source }
            WHERE { ?claim ent:about ?situation . OPTIONAL { ?claim ent:source ?source } }
            """;

    private static KnowledgeStore store;
    private static EntenteServer server;
    private static String sparql;

    @BeforeAll
    static void start() {
        store = TestStores.shared();
        server = EntenteServer.start(store, TestStores.settings().build());
        sparql = server.sparqlUrl();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static ResultSetRewindable local(String sparqlText) {
        return new QueryRunner(store).select(QueryRunner.parse(sparqlText, "test"));
    }

    private static ResultSetRewindable parse(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        return ResultSetFactory.copyResults(ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang));
    }

    @Test
    void findsAnEntityByAnAliasWithTextQueryOverTheEndpoint() {
        String search = """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?s WHERE { ?s text:query "Kiev" }
                """;
        ResultSetRewindable rows = parse(postForm(sparql, "query", search, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        List<String> found = new java.util.ArrayList<>();
        rows.forEachRemaining(r -> found.add(r.getResource("s").getURI()));
        assertEquals(List.of("https://w3id.org/entente/id/entity/kyiv"), found);
    }

    @Test
    void answersEveryCompetencyQuestionAsTheCommandLineDoes() {
        List<CompetencyQuestion> questions = CompetencyQuestions.read(TestStores.QUERIES);
        assertFalse(questions.isEmpty());
        for (CompetencyQuestion q : questions) {
            String text = TextFile.read(q.query(), "query");
            Query query = QueryRunner.parse(text, q.query().toString());
            ResultSetRewindable expected = local(text);
            ResultSetRewindable actual = parse(postForm(sparql, "query", text, "application/sparql-results+json"), ResultSetLang.RS_JSON);
            assertTrue(expected.size() > 0, q.name() + " has an answer");
            boolean same = query.hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            assertTrue(same, q.name() + ": the server's answer differs from the command line's");
        }
    }

    @Test
    void answersGetAndPostAlike() {
        ResultSetRewindable expected = local(ARTICLES);
        ResultSetRewindable byGet = parse(get(sparql + "?query=" + encode(ARTICLES), "application/sparql-results+json"), ResultSetLang.RS_JSON);
        ResultSetRewindable byForm = parse(postForm(sparql, "query", ARTICLES, "application/sparql-results+json"), ResultSetLang.RS_JSON);
        ResultSetRewindable byBody = parse(TestStores.send(HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLES)).build()), ResultSetLang.RS_JSON);
        assertEquals(33, expected.size());
        for (ResultSetRewindable actual : List.of(byGet, byForm, byBody)) {
            expected.reset();
            assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, actual));
        }
    }

    @Test
    void writesEachResultFormatTheAcceptHeaderAsksFor() {
        ResultSetRewindable expected = local(ARTICLES);
        for (var format : List.of(
                new Object[] {"application/sparql-results+json", ResultSetLang.RS_JSON},
                new Object[] {"application/sparql-results+xml", ResultSetLang.RS_XML},
                new Object[] {"text/tab-separated-values", ResultSetLang.RS_TSV})) {
            HttpResponse<String> r = get(sparql + "?query=" + encode(ARTICLES), (String) format[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith((String) format[0]), r.headers().toString());
            expected.reset();
            assertTrue(ResultSetCompare.equalsByTermAndOrder(expected, parse(r, (Lang) format[1])), "format " + format[0]);
        }
        // CSV drops datatypes and language tags, so compare its lines with the labels themselves.
        HttpResponse<String> csv = get(sparql + "?query=" + encode(ARTICLES), "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("claim,label", lines.get(0));
        assertEquals(34, lines.size());
        assertTrue(lines.get(1).startsWith("https://w3id.org/entente/id/claim/000_b4d1e2a150973906/c01,"), lines.get(1));
    }

    @Test
    void writesConstructAnswersAsTurtleAndJsonLd() {
        Model expected = store.read(ds -> {
            try (QueryExecution exec = QueryExecution.dataset(ds).query(CONSTRUCT).build()) {
                return exec.execConstruct();
            }
        });
        assertTrue(expected.size() > 30);
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            HttpResponse<String> r = get(sparql + "?query=" + encode(CONSTRUCT), lang.getHeaderString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()));
            Model actual = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), lang).parse(actual);
            assertTrue(expected.isIsomorphicWith(actual), "CONSTRUCT as " + lang.getName());
        }
    }

    @Test
    void capsTheNumberOfRows() {
        EntenteServer capped = EntenteServer.start(store, TestStores.settings().rowCap(5).build());
        try {
            String all = "SELECT * { ?s ?p ?o }";
            assertEquals(5, parse(get(capped.sparqlUrl() + "?query=" + encode(all), "application/sparql-results+json"),
                    ResultSetLang.RS_JSON).size());
            assertEquals(3, parse(get(capped.sparqlUrl() + "?query=" + encode(all + " LIMIT 3"), "application/sparql-results+json"),
                    ResultSetLang.RS_JSON).size());
        } finally {
            capped.stop();
        }
    }

    @Test
    void servesGraphStoreReadsOfAnArticleGraph() {
        String graph = "https://w3id.org/entente/id/graph/000_b4d1e2a150973906";
        HttpResponse<String> r = get(server.url() + "entente/get?graph=" + encode(graph), "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model actual = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(actual);
        assertTrue(store.graph(graph).isIsomorphicWith(actual));
    }
}
