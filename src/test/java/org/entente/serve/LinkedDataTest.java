package org.entente.serve;

import org.entente.rdf.RdfFormat;
import org.apache.jena.vocabulary.VOID;
import static org.entente.serve.TestStores.encode;
import static org.entente.serve.TestStores.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.query.CompetencyQuestions;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Minted IRIs resolve on the server, in the format the client asks for. */
class LinkedDataTest {
    private static final String ENTITY = Ent.entity("china");
    private static final String EVENT = Ent.situation("000_b4d1e2a150973906", "xi-putin-call");
    private static final String CLAIM = Ent.claim("000_b4d1e2a150973906", "c08");
    private static final String ARTICLE = Ent.article("000_b4d1e2a150973906");
    private static final List<Lang> RDF_LANGS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    private static EntenteServer server;

    @BeforeAll
    static void start() {
        server = EntenteServer.start(TestStores.shared(), TestStores.settings().build());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String local(String iri) {
        assertTrue(iri.startsWith(Ent.ID));
        return server.url() + "id/" + iri.substring(Ent.ID.length());
    }

    private static Model fetch(String url, Lang lang) {
        HttpResponse<String> r = get(url, lang.getHeaderString());
        assertEquals(200, r.statusCode(), url + " as " + lang.getName() + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()),
                r.headers().firstValue("Content-Type").orElse("none"));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), lang).parse(m);
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://w3id.org/entente/id/entity/china",
            "https://w3id.org/entente/id/situation/000_b4d1e2a150973906/xi-putin-call",
            "https://w3id.org/entente/id/claim/000_b4d1e2a150973906/c08",
            "https://w3id.org/entente/id/article/000_b4d1e2a150973906"})
    void servesTheSameGraphInEveryRdfFormat(String iri) {
        Model turtle = fetch(local(iri), Lang.TURTLE);
        var subject = turtle.createResource(iri);
        assertTrue(turtle.contains(subject, RDF.type), "the description states the type of " + iri);
        Model expected = TestStores.shared().read(ds -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(ds.getUnionModel().listStatements(subject.inModel(ds.getUnionModel()), null, (RDFNode) null));
            return m;
        });
        assertTrue(turtle.containsAll(expected), "every outgoing triple of " + iri);
        for (Lang lang : RDF_LANGS) {
            assertTrue(turtle.isIsomorphicWith(fetch(local(iri), lang)), iri + " as " + lang.getName());
        }
        assertTrue(turtle.isIsomorphicWith(fetch(server.url() + "resource?iri=" + encode(iri), Lang.JSONLD)),
                "/resource?iri= gives the same description");
    }

    @Test
    void claimDescriptionCarriesItsEvidenceQuote() {
        Model claim = fetch(local(CLAIM), Lang.JSONLD);
        assertTrue(claim.listObjectsOfProperty(Ent.quote).toList().stream()
                .anyMatch(q -> q.asLiteral().getLexicalForm().startsWith("President Xi Jinping commended")));
    }

    @Test
    void anUnknownIriIsNotFoundInEveryFormat() {
        for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
            assertEquals(404, get(server.url() + "id/entity/no-such-entity", accept).statusCode(), accept);
            assertEquals(404, get(server.url() + "resource?iri=" + encode("http://example.org/nothing"), accept).statusCode(), accept);
        }
        assertEquals(400, get(server.url() + "resource", "text/html").statusCode());
    }

    @Test
    void browsersGetAPageAndOtherClientsTurtle() {
        HttpResponse<String> page = get(local(ENTITY), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().allValues("Vary").contains("Accept"));
        assertTrue(get(local(ENTITY), "*/*").headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(get(local(ENTITY), null).headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(406, get(local(ENTITY), "image/png").statusCode());
        HttpResponse<String> byParameter = get(local(ENTITY) + "?format=nt", "text/html");
        assertTrue(byParameter.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void entityPageShowsLabelTypesPropertiesIncomingLinksAndClaims() {
        String html = get(local(ENTITY), "text/html").body();
        assertTrue(html.contains("<h1>China</h1>"), html);
        assertTrue(html.contains("href=\"/resource?iri=" + encode(Ent.NS + "State") + "\""), "type links to its page");
        assertTrue(html.contains("href=\"/id/entity/beijing\""), "capital links to its page");
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q148\""), "Wikidata link leaves the site");
        assertTrue(html.contains("id=\"incoming\"") && html.contains("href=\"/id/situation/000_b4d1e2a150973906/xi-offers-help\""),
                "incoming links from situations");
        assertTrue(html.contains("id=\"claims\"") && html.contains("<blockquote>"), "claims with quotes");
    }

    @Test
    void claimPageShowsEvidenceWithSourceAndTheArticlesOtherClaims() {
        String html = get(local(CLAIM), "text/html").body();
        assertTrue(html.contains("<blockquote>President Xi Jinping commended Russia’s endeavors"), "the quote");
        assertTrue(html.contains("according to <a href=\"/id/entity/cctv\""), "the attributed source");
        assertTrue(html.contains("characters 921–1099"), "the quote's offsets");
        assertTrue(html.contains("href=\"/id/article/000_b4d1e2a150973906\""), "the article");
        assertTrue(html.contains("id=\"other-claims\"") && html.contains("href=\"/id/claim/000_b4d1e2a150973906/c09\""));
        assertFalse(html.contains("<li><a href=\"/id/claim/000_b4d1e2a150973906/c08\""), "not listed among its own others");
    }

    @Test
    void eventAndArticlePagesRender() {
        String event = get(local(EVENT), "text/html").body();
        assertTrue(event.contains("<h1>Telephone conversation between Xi Jinping and Vladimir Putin</h1>"), event);
        assertTrue(event.contains("id=\"claims\""));
        String article = get(local(ARTICLE), "text/html").body();
        assertTrue(article.contains("Introduction and Context"), "the article's text");
    }

    @Test
    void pathsCannotReachFiles() {
        for (String path : List.of("id/../../../../etc/passwd", "id/%2e%2e/%2e%2e/etc/passwd", "assets/../../pom.xml",
                "assets/%2e%2e/%2e%2e/pom.xml", "assets/..%2fquery.js", "assets/serve/query.js", "pom.xml", "data/articles/")) {
            HttpResponse<String> r = TestStores.send(HttpRequest.newBuilder(
                    URI.create(server.url() + path)).GET().build());
            assertNotEquals(200, r.statusCode(), path);
            assertFalse(r.body().contains("root:") || r.body().contains("<project"), path);
        }
        assertEquals(200, get(server.url() + "assets/query.js", null).statusCode());
    }

    @Test
    void aNonWebIriInTheDataIsNeverALink(@TempDir Path folder) {
        String subject = Ent.entity("odd-links");
        Model m = ModelFactory.createDefaultModel();
        var r = m.createResource(subject).addProperty(RDFS.label, "Odd links");
        List<String> odd = List.of("file:///etc/passwd", "javascript:alert(1)", "jar:file:/x!/serve/query.js", "data:text/html,hi");
        for (String iri : odd) {
            r.addProperty(RDFS.seeAlso, m.createResource(iri));
        }
        try (KnowledgeStore store = KnowledgeStore.open(folder)) {
            store.replaceGraphs(Map.of(Ent.ID + "graph/odd-links", m));
            EntenteServer own = EntenteServer.start(store, TestStores.settings().build());
            try {
                HttpResponse<String> page = get(own.url() + "id/entity/odd-links", "text/html");
                assertEquals(200, page.statusCode());
                for (String iri : odd) {
                    assertTrue(page.body().contains("title=\"" + iri.replace("'", "&#39;") + "\""), iri + " is shown");
                    String scheme = iri.substring(0, iri.indexOf(':') + 1);
                    assertFalse(page.body().contains("href=\"" + scheme), iri + " is no link");
                }
            } finally {
                own.stop();
            }
        }
    }

    @Test
    void aGraphIriLeadsToTheGraphsTriples() {
        String graph = Ent.ID + "graph/000_b4d1e2a150973906";
        HttpResponse<String> see = get(local(graph), "application/n-triples");
        assertEquals(303, see.statusCode(), see.body());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertEquals("/entente/get?graph=" + encode(graph), location);
        Model triples = fetch(server.url() + location.substring(1), Lang.NTRIPLES);
        long expected = TestStores.shared().read(ds -> ds.getNamedModel(graph).size());
        assertTrue(expected > 0);
        assertEquals(expected, triples.size());
    }

    @Test
    void theGraphStoresDefaultGraphIsTheUnionAsInSparql() {
        Model union = fetch(server.url() + "entente/get?default", Lang.NTRIPLES);
        long expected = TestStores.shared().read(ds -> ds.getUnionModel().size());
        assertEquals(expected, union.size());
    }

    @Test
    void describesTheDatasetInVoid() {
        Model v = fetch(server.url() + "void", Lang.TURTLE);
        var dataset = v.createResource(Ent.KNOWLEDGE_GRAPH);
        assertTrue(v.contains(dataset, RDF.type, VOID.Dataset));
        assertEquals(server.sparqlUrl(), dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(Ent.ID, dataset.getProperty(VOID.uriSpace).getString());
        long triples = dataset.getProperty(VOID.triples).getLong();
        long expected = TestStores.shared().read(ds -> ds.getUnionModel().size());
        assertEquals(expected, triples);
        assertTrue(v.isIsomorphicWith(fetch(server.url() + "void", Lang.JSONLD)));
        assertEquals(406, get(server.url() + "void?format=bogus", null).statusCode());
        assertEquals(406, get(server.url() + "void", "application/json").statusCode());
        assertEquals(406, get(local(ENTITY), "application/json").statusCode(), "the same rule as a resource's");
    }

    @Test
    void voidNamesTheServerNotTheHostHeader() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /void HTTP/1.1\r\nHost: evil.example\r\nAccept: application/n-triples\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertFalse(answer.contains("evil.example"), answer);
            assertTrue(answer.contains("<" + server.sparqlUrl() + ">"), answer);
        }
    }

    @Test
    void queryPageShowsFiguresAndEveryCompetencyQuestion() {
        HttpResponse<String> r = get(server.url(), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"figure-articles\">1<"), "one article");
        assertTrue(html.contains("id=\"figure-claims\">33<"), "33 claims");
        assertTrue(html.contains("id=\"figure-triples\">"));
        for (var q : CompetencyQuestions.read(TestStores.QUERIES)) {
            assertTrue(html.contains("id=\"q-" + q.name() + "\""), q.name());
        }
        assertFalse(html.contains("<https://w3id.org"), "query text is escaped inside attributes");
    }

    @Test
    void queryPageOffersTheShippedQuestionsWhenNoFolderIsGiven() {
        EntenteServer own = EntenteServer.start(TestStores.shared(), TestStores.settings().queries(null).build());
        try {
            String html = get(own.url(), "text/html").body();
            for (var q : CompetencyQuestions.read(TestStores.QUERIES)) {
                assertTrue(html.contains("id=\"q-" + q.name() + "\""), q.name());
            }
        } finally {
            own.stop();
        }
    }
}
