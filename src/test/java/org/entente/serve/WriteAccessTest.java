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
import java.util.Map;
import org.entente.InputException;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --update, writes need a user and password; they are then applied. */
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
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + "entente/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
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
    void refusesGraphStoreWritesWithoutCredentials() {
        HttpResponse<String> put = TestStores.send(HttpRequest.newBuilder(
                        URI.create(server.url() + "entente/data?graph=" + TestStores.encode("urn:x-test:gsp")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:c> <urn:x-test:p> 1 .")).build());
        assertEquals(401, put.statusCode());
        assertFalse(has("urn:x-test:c"));
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
            assertTrue(html.contains("<h1>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot; too</h1>"), html);
            assertFalse(html.contains("href=\"javascript:"), "no script link");
        } finally {
            update("DROP GRAPH <" + GRAPH + "-xss>", "alice", "s3cret");
        }
    }

    @Test
    void readsCredentialsFromAPasswordFileOrTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pw");
        Files.writeString(file, "bob: MD5:abc, writer\n  # comment\ncarol:pw\n");
        assertEquals(Map.of("bob", "MD5:abc", "carol", "pw"), WriteAccess.fromPasswordFile(file).passwords());
        Files.writeString(file, "just-a-name\n");
        InputException bad = assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(file));
        assertEquals(1, bad.problems().get(0).line());
        Files.writeString(file, "# nobody\n");
        assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(file));
        assertThrows(InputException.class, () -> WriteAccess.fromPasswordFile(dir.resolve("missing")));

        assertNull(WriteAccess.fromEnvironment(Map.of()));
        assertEquals(Map.of("entente", "pw"), WriteAccess.fromEnvironment(Map.of("ENTENTE_PASSWORD", "pw")).passwords());
        assertEquals(Map.of("dan", "pw"),
                WriteAccess.fromEnvironment(Map.of("ENTENTE_PASSWORD", "pw", "ENTENTE_USER", "dan")).passwords());
    }
}
