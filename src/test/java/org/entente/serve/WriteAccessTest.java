package org.entente.serve;

import static org.entente.serve.TestStores.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.entente.input.InputException;
import org.entente.rdf.Ent;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --update, writes need a user and password and come from no other site; they are then applied, within the limits. */
class WriteAccessTest {
    private static final String GRAPH = "https://w3id.org/entente/id/graph/write-test";
    private static final String NASTY = "https://w3id.org/entente/id/entity/write-test";
    private static final String SCRIPT = "<script>alert('x')</script> & \"friends\" too";

    @TempDir
    static Path folder;
    private static KnowledgeStore store;
    private static EntenteServer server;

    @BeforeAll
    static void start() throws IOException {
        Path storeFolder = folder.resolve("store");
        TestStores.build(storeFolder);
        store = KnowledgeStore.openExisting(storeFolder);
        Path passwords = folder.resolve("passwords");
        Files.writeString(passwords, "# who may write\nalice: s3cret\n");
        server = EntenteServer.start(store, TestStores.settings().writeAccess(WriteAccess.fromPasswordFile(passwords)).build());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> update(String sparql, String user, String password) {
        return update(server, sparql, user, password);
    }

    private static HttpResponse<String> update(EntenteServer to, String sparql, String user, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(to.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            r.header("Authorization", basic(user, password));
        }
        return TestStores.send(r.build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A Graph Store request on {@code graph} at /entente/data, with credentials when {@code password} is given. */
    private static HttpResponse<String> gsp(String method, String graph, String turtle, String password) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + "entente/data?graph=" + TestStores.encode(graph)))
                .header("Content-Type", "text/turtle")
                .method(method, turtle == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(turtle));
        if (password != null) {
            r.header("Authorization", basic("alice", password));
        }
        return TestStores.send(r.build());
    }

    private static void assertSuccess(HttpResponse<String> r) {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + ": " + r.body());
    }

    private static boolean has(String iri) {
        return store.read(ds -> ds.getUnionModel().containsResource(ds.getUnionModel().createResource(iri)));
    }

    @Test
    void refusesUpdatesWithoutOrWithWrongCredentialsAndAppliesThemWithRightOnes() {
        String insert = "INSERT DATA { GRAPH <" + GRAPH + "> { <urn:x-test:a> <urn:x-test:p> <urn:x-test:b> } }";
        HttpResponse<String> anonymous = update(insert, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, update(insert, "alice", "wrong").statusCode());
        assertEquals(401, update(insert, "mallory", "s3cret").statusCode());
        assertFalse(has("urn:x-test:a"), "nothing changed without the right credentials");

        assertSuccess(update(insert, "alice", "s3cret"));
        assertTrue(has("urn:x-test:a"), "applied with credentials");
        assertSuccess(update("DROP GRAPH <" + GRAPH + ">", "alice", "s3cret"));
        assertFalse(has("urn:x-test:a"));
    }

    @Test
    void aPageAskedForAgainAfterAWriteShowsTheWrite() {
        String iri = "https://w3id.org/entente/id/entity/page-cache-test";
        String url = server.url() + "id/entity/page-cache-test";
        String insert = "INSERT DATA { GRAPH <" + GRAPH + "-cache> { <" + iri + "> <urn:x-test:p> \"first\" } }";
        assertEquals(204, update(insert, "alice", "s3cret").statusCode());
        HttpResponse<String> before = get(url, "text/turtle");
        assertTrue(before.body().contains("first") && !before.body().contains("second"), before.body());
        assertEquals(before.body(), get(url, "text/turtle").body(), "asked twice, the same page");
        get(url, "text/html");
        String more = "INSERT DATA { GRAPH <" + GRAPH + "-cache> { <" + iri + "> <urn:x-test:p> \"second\" } }";
        assertEquals(204, update(more, "alice", "s3cret").statusCode());
        assertTrue(get(url, "text/turtle").body().contains("second"), "the Turtle page after the write");
        assertTrue(get(url, "text/html").body().contains("second"), "the HTML page after the write");
    }

    @Test
    void refusesGraphStoreWritesWithoutCredentials() {
        HttpResponse<String> put = TestStores.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "entente/data?graph=" + TestStores.encode("urn:x-test:gsp")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:c> <urn:x-test:p> 1 .")).build());
        assertEquals(401, put.statusCode());
        assertFalse(has("urn:x-test:c"));
    }

    @Test
    void graphStoreWritesNeedTheRightPasswordAndThenReplaceAddAndDelete() {
        String g = "urn:x-test:gsp-rw";
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            String body = method.equals("DELETE") ? null : "<urn:x-test:d> <urn:x-test:p> 1 .";
            assertEquals(401, gsp(method, g, body, "wrong").statusCode(), method);
            assertEquals(401, gsp(method, g, body, null).statusCode(), method);
        }
        assertFalse(has("urn:x-test:d"));

        assertSuccess(gsp("PUT", g, "<urn:x-test:d> <urn:x-test:p> 1 .", "s3cret"));
        assertTrue(has("urn:x-test:d"), "PUT with credentials wrote the graph");
        assertSuccess(gsp("POST", g, "<urn:x-test:e> <urn:x-test:p> 2 .", "s3cret"));
        assertTrue(has("urn:x-test:d") && has("urn:x-test:e"), "POST added to it");
        assertSuccess(gsp("PUT", g, "<urn:x-test:f> <urn:x-test:p> 3 .", "s3cret"));
        assertFalse(has("urn:x-test:d"), "PUT replaced it");
        assertSuccess(gsp("DELETE", g, null, "s3cret"));
        assertFalse(has("urn:x-test:f"), "DELETE removed it");
    }

    @Test
    void updatesComeOnlyAsSparqlUpdateAndNeverFromAnotherSitesPage() {
        String insert = "INSERT DATA { GRAPH <" + GRAPH + "-csrf> { <urn:x-test:csrf> <urn:x-test:p> 1 } }";
        HttpResponse<String> form = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic("alice", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString("update=" + TestStores.encode(insert))).build());
        assertEquals(415, form.statusCode(), "a form, which any page can post, is refused");
        HttpResponse<String> crossSite = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Origin", "https://evil.example")
                .header("Authorization", basic("alice", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertEquals(403, crossSite.statusCode());
        HttpResponse<String> crossSitePut = TestStores.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "entente/data?graph=" + TestStores.encode(GRAPH + "-csrf")))
                .header("Content-Type", "text/turtle")
                .header("Origin", "http://localhost.evil.example:" + server.port())
                .header("Authorization", basic("alice", "s3cret"))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:csrf> <urn:x-test:p> 1 .")).build());
        assertEquals(403, crossSitePut.statusCode());
        for (String path : new String[] {"entente//update", "entente/update/", "entente/%75pdate"}) {
            HttpResponse<String> disguised = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Content-Type", "application/sparql-update")
                    .header("Origin", "https://evil.example")
                    .header("Authorization", basic("alice", "s3cret"))
                    .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertTrue(disguised.statusCode() >= 400, path + " answered " + disguised.statusCode());
        }
        assertFalse(has("urn:x-test:csrf"));

        HttpResponse<String> sameSite = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Origin", server.url().substring(0, server.url().length() - 1))
                .header("Authorization", basic("alice", "s3cret"))
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertSuccess(sameSite);
        assertTrue(has("urn:x-test:csrf"));
        assertSuccess(update("DROP GRAPH <" + GRAPH + "-csrf>", "alice", "s3cret"));
    }

    @Test
    void updatesNeitherCallServicesNorLoadUrls() throws IOException {
        TestStores.CountingServer other = TestStores.CountingServer.start();
        String base = other.base();
        try {
            HttpResponse<String> service = update("INSERT { GRAPH <urn:x-test:ssrf> { ?s ?p ?o } } WHERE { SERVICE <" + base
                    + "/x> { ?s ?p ?o } }", "alice", "s3cret");
            assertTrue(service.statusCode() >= 400, "SERVICE in an update refused, not " + service.statusCode());
            HttpResponse<String> load = update("LOAD SILENT <" + base + "/y> INTO GRAPH <urn:x-test:ssrf>", "alice", "s3cret");
            assertEquals(403, load.statusCode(), load.body());
            HttpResponse<String> file = update("LOAD <file:///etc/passwd> INTO GRAPH <urn:x-test:ssrf>", "alice", "s3cret");
            assertEquals(403, file.statusCode(), file.body());
            assertEquals(0, other.calls().get(), "the other server was never called");
            assertFalse(store.graphNames().contains("urn:x-test:ssrf"));
        } finally {
            other.stop();
        }
    }

    @Test
    void aRunawayUpdateEndsAtTheTimeoutAndLaterWritesSucceed() {
        EntenteServer quick = EntenteServer.start(store, TestStores.settings().timeout(Duration.ofSeconds(2))
                .writeAccess(WriteAccess.of("alice", "s3cret")).build());
        try {
            long started = System.nanoTime();
            HttpResponse<String> runaway = update(quick, "INSERT { GRAPH <urn:x-test:heavy> { ?a <urn:x-test:p> ?g } } "
                    + "WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }", "alice", "s3cret");
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertEquals(503, runaway.statusCode(), runaway.body());
            assertTrue(took < 20_000, "ended near the 2 s timeout, not after " + took + " ms");
            assertFalse(store.graphNames().contains("urn:x-test:heavy"), "the runaway update was undone");

            assertSuccess(update(quick, "INSERT DATA { GRAPH <urn:x-test:after> { <urn:x-test:after> <urn:x-test:p> 1 } }",
                    "alice", "s3cret"));
            assertTrue(has("urn:x-test:after"), "the next write went through");
            assertSuccess(update(quick, "DROP GRAPH <urn:x-test:after>", "alice", "s3cret"));
        } finally {
            quick.stop();
        }
    }

    @Test
    void theFiguresFollowAWriteAndALongListIsCutWithANote() {
        assertTrue(get(server.url(), "text/html").body().contains("id=\"figure-articles\">1<"));
        StringBuilder insert = new StringBuilder("INSERT DATA { GRAPH <" + GRAPH + "-many> { "
                + "<urn:x-test:article> a <https://w3id.org/entente/ontology#Article> . ");
        for (int i = 0; i <= LinkedData.MAX_LISTED; i++) {
            insert.append("<urn:x-test:fan-").append(i).append("> <urn:x-test:links> <").append(Ent.entity("china")).append("> . ");
        }
        assertSuccess(update(insert.append("} }").toString(), "alice", "s3cret"));
        try {
            assertTrue(get(server.url(), "text/html").body().contains("id=\"figure-articles\">2<"), "counted again after the write");
            String page = get(server.url() + "id/entity/china", "text/html").body();
            assertTrue(page.contains("Only the first " + LinkedData.MAX_LISTED + " are shown"), "the page says it was cut");
            assertTrue(page.split("title=\"urn:x-test:fan-", -1).length - 1 <= LinkedData.MAX_LISTED, "at most the cap listed");
        } finally {
            assertSuccess(update("DROP GRAPH <" + GRAPH + "-many>", "alice", "s3cret"));
        }
        assertTrue(get(server.url(), "text/html").body().contains("id=\"figure-articles\">1<"));
    }

    @Test
    void traceIsRefused() {
        for (String path : new String[] {"", "id/entity/china", "void", "entente/sparql", "entente/update", "assets/query.js"}) {
            HttpResponse<String> trace = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Authorization", basic("alice", "s3cret"))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(405, trace.statusCode(), path);
            assertFalse(trace.body().contains("Basic "), "the credentials are not echoed");
        }
    }

    @Test
    void showsALiteralHoldingMarkupAsText() {
        String insert = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "INSERT DATA { GRAPH <" + GRAPH + "-xss> { <" + NASTY + "> a <https://w3id.org/entente/ontology#State> ; "
                + "rdfs:label \"\"\"" + SCRIPT + "\"\"\"@en ; rdfs:comment \"\"\"" + SCRIPT + "\"\"\" ; "
                + "<https://w3id.org/entente/ontology#url> <javascript:alert(1)> } }";
        assertSuccess(update(insert, "alice", "s3cret"));
        try {
            String html = get(server.url() + "id/entity/write-test", "text/html").body();
            assertFalse(html.contains("<script>alert"), html);
            assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &#34;friends&#34; too</h1>"), html);
            assertFalse(html.contains("href=\"javascript:"), "no script link");
        } finally {
            update("DROP GRAPH <" + GRAPH + "-xss>", "alice", "s3cret");
        }
    }

    @Test
    void readsCredentialsFromAPasswordFileOrTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pw");
        Files.writeString(file, "bob: MD5:8fe4c11451281c094a6578e6ddbf5eed, writer\n  # comment\ncarol:pw\n");
        assertEquals(java.util.Set.of("bob", "carol"), WriteAccess.fromPasswordFile(file).userNames());
        Files.writeString(file, "just-a-name\n");
        InputException bad = assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(file));
        assertEquals(1, bad.problems().get(0).line());
        Files.writeString(file, "# nobody\n");
        assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(file));
        assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(dir.resolve("missing")));

        assertNull(WriteAccess.fromEnvironment(Map.of()));
        assertEquals(java.util.Set.of("entente"), WriteAccess.fromEnvironment(Map.of("ENTENTE_PASSWORD", "pw")).userNames());
        assertEquals(java.util.Set.of("dan"),
                WriteAccess.fromEnvironment(Map.of("ENTENTE_PASSWORD", "pw", "ENTENTE_USER", "dan")).userNames());
    }
}
