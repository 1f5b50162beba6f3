package org.entente.serve;

import static org.entente.serve.TestStores.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an anonymous or careless client can send: none of it stalls the server, and every mistake of its own is a 4xx. */
class ServerHardeningTest {
    private static final String SMALL = "ASK { ?s a <https://w3id.org/entente/ontology#Article> }";
    private static final String CUBED = "{ GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }";

    @TempDir
    static Path folder;
    private static KnowledgeStore store;
    private static EntenteServer server;

    @BeforeAll
    static void start() {
        Path storeFolder = folder.resolve("store");
        TestStores.build(storeFolder);
        store = KnowledgeStore.openExisting(storeFolder);
        server = EntenteServer.start(store, TestStores.settings().timeout(Duration.ofSeconds(2))
                .writeAccess(WriteAccess.of("alice", "s3cret")).build());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> update(String sparql) {
        return TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build());
    }

    private static HttpResponse<String> ask(String sparql) {
        return TestStores.get(server.sparqlUrl() + "?query=" + encode(sparql), "application/sparql-results+json");
    }

    @Test
    void aTimedOutUpdateLeavesLaterQueriesAlone() {
        HttpResponse<String> runaway = update("INSERT { GRAPH <urn:x-test:heavy> { ?a <urn:x-test:p> ?g } } WHERE " + CUBED);
        assertEquals(503, runaway.statusCode(), runaway.body());
        HttpResponse<String> after = ask(SMALL);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.body().contains("true"), after.body());
    }

    @Test
    void anUpdatesWhereSeesTheUnionDefaultGraphAsQueriesDo() {
        HttpResponse<String> r = update("INSERT { GRAPH <urn:x-test:copied> { ?a a <urn:x-test:Seen> } } "
                + "WHERE { ?a a <https://w3id.org/entente/ontology#Article> }");
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + ": " + r.body());
        try {
            HttpResponse<String> seen = ask("ASK { GRAPH <urn:x-test:copied> { ?a a <urn:x-test:Seen> } }");
            assertTrue(seen.body().contains("true"), "the WHERE clause matched the articles' graphs: " + seen.body());
        } finally {
            update("DROP SILENT GRAPH <urn:x-test:copied>");
        }
    }

    /** Twelve nested stars over thirty letters: Java's backtracking matcher would take hours to say no. */
    private static final String BACKTRACKING = "\"" + "a".repeat(30) + "!\", \"(.*a){12}b\"";

    /** Sends a request that must be answered within {@code seconds} at most, however long the server would work. */
    private static HttpResponse<String> within(int seconds, HttpRequest.Builder request) throws Exception {
        return TestStores.HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .get(seconds, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void aBacktrackingRegularExpressionEndsAtTheTimeout() throws Exception {
        for (String query : java.util.List.of(
                "SELECT ?x { BIND(REGEX(" + BACKTRACKING + ") AS ?x) }",
                "SELECT ?x { BIND(REPLACE(" + BACKTRACKING + ", \"z\") AS ?x) }",
                "SELECT ?s { ?s a <https://w3id.org/entente/ontology#Article> FILTER(REGEX(" + BACKTRACKING + ")) }")) {
            HttpResponse<String> r = within(20, HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(query))));
            assertEquals(503, r.statusCode(), query + ": " + r.body());
        }
        HttpResponse<String> u = within(20, HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("INSERT { GRAPH <urn:x-test:regex> { ?s ?s ?s } } WHERE { ?s a ?t "
                        + "FILTER(REGEX(" + BACKTRACKING + ")) }")));
        assertEquals(503, u.statusCode(), u.body());
        assertEquals(200, ask(SMALL).statusCode(), "still answering");
    }

    @Test
    void regularExpressionsStillMatchAsInSparql() {
        HttpResponse<String> r = TestStores.get(server.sparqlUrl() + "?query=" + encode("SELECT ?a ?b ?c ?d { "
                + "BIND(REGEX(\"Xi Jinping\", \"^xi\", \"i\") AS ?a) BIND(REGEX(\"Putin\", \"^xi\") AS ?b) "
                + "BIND(REPLACE(\"Xi Jinping\"@en, \"i\", \"I\") AS ?c) BIND(REPLACE(\"a.b\", \".\", \"-\", \"q\") AS ?d) }"),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("a,b,c,d\r\ntrue,false,XI JInpIng,a-b\r\n", r.body());
    }

    @Test
    void aBodyLargerThanTheCapIsRefusedWith413() throws Exception {
        // Over raw sockets: the server answers before it has read what is over the cap, and a client
        // still sending the rest could find the connection closed under it.
        assertEquals(413, raw("POST /entente/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + (ServerSettings.DEFAULT_MAX_BODY + 1) + "\r\n\r\n", new byte[0]), "with a Content-Length");
        byte[] over = ("ASK { FILTER(\"" + "x".repeat((int) ServerSettings.DEFAULT_MAX_BODY) + "\" = \"\") }")
                .getBytes(StandardCharsets.UTF_8);
        byte[] chunk = (Integer.toHexString(over.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(chunk);
        body.write(over);
        body.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, raw("POST /entente/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n", body.toByteArray()), "chunked, without a length");
        HttpResponse<String> small = within(20, HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(SMALL)));
        assertEquals(200, small.statusCode(), small.body());
    }

    @Test
    void anOffsetBeyondTheLargestIsRefused() {
        HttpResponse<String> r = ask("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET " + (ServerSettings.MAX_OFFSET + 1));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("OFFSET"), r.body());
        assertEquals(200, ask("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET " + ServerSettings.MAX_OFFSET).statusCode());
    }

    /** Sends raw bytes and returns the status line's code. */
    private static int raw(String head, byte[] body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before the whole body is sent: its answer is still there to read.
            }
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return Integer.parseInt(line.toString().split(" ")[1]);
        }
    }

    private static int post(String path, String contentType, byte[] body, String extraHeaders) throws IOException {
        return raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n" + extraHeaders + "\r\n", body);
    }

    @Test
    void clientMistakesAreAnsweredWith4xx() throws IOException {
        byte[] query = ("query=" + encode(SMALL)).getBytes(StandardCharsets.UTF_8);
        assertClientError(post("/entente/sparql", "text/bogus", query, ""), "bogus content type");
        assertClientError(post("/entente/sparql", "application/x-www-form-urlencoded; charset=nonesuch", query, ""), "unknown charset");
        assertClientError(post("/entente/sparql", "application/sparql-query; charset=nonesuch", SMALL.getBytes(StandardCharsets.UTF_8), ""), "unknown charset, direct");
        assertClientError(raw("GET /entente/sparql?query=ASK%20%7B%7D%FF%FE HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", new byte[0]), "invalid UTF-8 in query=");
        assertClientError(post("/entente/sparql", "application/x-www-form-urlencoded", "query=ASK%7B%7D%C3%28".getBytes(StandardCharsets.ISO_8859_1), ""), "invalid UTF-8 in a form");
        assertClientError(post("/entente/update", "application/sparql-update", "INSERT DATA {}".getBytes(StandardCharsets.UTF_8), "Authorization: Basic !!!notbase64\r\n"), "malformed Basic");
        assertClientError(post("/entente/update", "application/sparql-update", "INSERT DATA {}".getBytes(StandardCharsets.UTF_8), "Authorization: Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)) + "\r\n"), "Basic without colon");
        assertClientError(post("/entente/update", "application/sparql-update",
                "INSERT { GRAPH <urn:x-test:s> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }".getBytes(StandardCharsets.UTF_8),
                "Authorization: Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)) + "\r\n"), "SERVICE in an update");
        byte[] bigForm = ("query=" + encode(SMALL) + "&pad=" + "a".repeat(3_000_000)).getBytes(StandardCharsets.UTF_8);
        assertClientError(post("/entente/sparql", "application/x-www-form-urlencoded", bigForm, ""), "oversize form");
        assertEquals(200, ask(SMALL).statusCode(), "still answering");
        assertEquals(java.util.List.of(), wrong);
    }

    private final java.util.List<String> wrong = new java.util.ArrayList<>();

    private void assertClientError(int status, String what) {
        if (status < 400 || status >= 500) {
            wrong.add(what + ": " + status);
        }
    }
}
