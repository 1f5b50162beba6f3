package org.entente.serve;

import static org.entente.serve.TestStores.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Fuseki UI at /ui/ and the read-only administration protocol it reads. */
class FusekiUiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient FOLLOWING = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private static final boolean RUN_EXISTED = Files.exists(Path.of("run"));

    private static KnowledgeStore store;
    private static long quadsBefore;
    private static EntenteServer server;

    @BeforeAll
    static void start() {
        store = TestStores.shared();
        quadsBefore = store.quadCount();
        server = EntenteServer.start(store, TestStores.settings().build());
    }

    @AfterAll
    static void stop() {
        server.stop();
        assertEquals(quadsBefore, store.quadCount(), "the store is unchanged");
    }

    private static HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return TestStores.send(r.build());
    }

    @Test
    void servesTheUiFromTheJar() throws Exception {
        HttpResponse<String> index = get(server.url() + "ui/", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(index.body().contains("Apache Jena Fuseki UI"));
        Matcher script = Pattern.compile("src=\"\\./(static/index-[^\"]+\\.js)\"").matcher(index.body());
        assertTrue(script.find(), "the index names its script");
        HttpResponse<String> js = get(server.url() + "ui/" + script.group(1), null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("getFusekiUrl"));

        assertEquals(301, get(server.url() + "ui", null).statusCode());
        for (String missing : List.of("ui/static/nothing.js", "ui/static/x.html", "ui/META-INF/MANIFEST.MF",
                "ui/static/%2e%2e/index.html", "ui/webapp/index.html")) {
            assertTrue(get(server.url() + missing, null).statusCode() >= 400, missing);
        }
        assertFalse(!RUN_EXISTED && Files.exists(Path.of("run")), "nothing written to the working folder");
    }

    @Test
    void answersTheReadOnlyAdministrationTheUiNeeds() throws Exception {
        for (String base : List.of("", "ui/")) {
            assertEquals(200, get(server.url() + base + "$/ping", null).statusCode());

            HttpResponse<String> status = get(server.url() + base + "$/server", null);
            assertEquals(200, status.statusCode());
            JsonNode datasets = JSON.readTree(status.body()).get("datasets");
            assertEquals(1, datasets.size(), "only the one dataset");
            JsonNode entente = datasets.get(0);
            assertEquals("/entente", entente.get("ds.name").asText());
            List<String> types = entente.get("ds.services").findValuesAsText("srv.type");
            assertEquals(List.of("query", "gsp-r"), types, "read services only");
            assertEquals("sparql", entente.get("ds.services").get(0).get("srv.endpoints").get(0).asText());

            HttpResponse<String> stats = get(server.url() + base + "$/stats/entente", null);
            assertEquals(200, stats.statusCode());
            assertTrue(JSON.readTree(stats.body()).at("/datasets/~1entente/endpoints/sparql/Requests").isNumber());
        }
    }

    @Test
    void refusesEveryAdministrationWrite() {
        List<String[]> writes = List.of(
                new String[] {"POST", "$/datasets"},
                new String[] {"POST", "$/datasets?dbName=x&dbType=mem"},
                new String[] {"DELETE", "$/datasets/entente"},
                new String[] {"POST", "$/datasets/entente?state=offline"},
                new String[] {"PUT", "$/datasets/entente"},
                new String[] {"POST", "$/backup/entente"},
                new String[] {"POST", "$/compact/entente?deleteOld=true"},
                new String[] {"POST", "$/upload"},
                new String[] {"POST", "$/sleep"},
                new String[] {"POST", "$/server/shutdown"},
                new String[] {"POST", "$/ping"},
                new String[] {"POST", "$/server"},
                new String[] {"OPTIONS", "$/server"},
                new String[] {"PATCH", "$/datasets/entente"});
        for (String[] w : writes) {
            for (String base : List.of("", "ui/")) {
                HttpResponse<String> r = send(w[0], base + w[1], w[0].equals("POST") ? "dbName=x&dbType=mem" : null);
                assertEquals(405, r.statusCode(), w[0] + " /" + base + w[1]);
            }
        }
        for (String path : List.of("$/datasets", "$/datasets/entente", "$/backups-list", "$/tasks", "$/tasks/1",
                "$/metrics", "$/logs", "$/reload", "$/compact/entente", "$/backup/entente", "$//datasets")) {
            int status = get(server.url() + path, null).statusCode();
            assertTrue(status >= 400 && status < 500, "GET /" + path + " answered " + status);
        }
    }

    @Test
    void theUiReachesTheDatasetOnlyToQuery() throws Exception {
        String query = "ASK { ?s a <https://w3id.org/entente/ontology#Article> }";
        HttpResponse<String> redirected = get(server.url() + "ui/entente/sparql?query=" + TestStores.encode(query), null);
        assertEquals(307, redirected.statusCode());
        assertEquals("/entente/sparql?query=" + TestStores.encode(query), redirected.headers().firstValue("Location").orElse(""));

        HttpResponse<String> posted = FOLLOWING.send(HttpRequest.newBuilder(URI.create(server.url() + "ui/entente/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + TestStores.encode(query))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("true"));

        String insert = "update=" + TestStores.encode("INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> 1 } }");
        HttpResponse<String> update = FOLLOWING.send(HttpRequest.newBuilder(URI.create(server.url() + "ui/entente/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(insert)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() >= 400, "an update through the UI's path is refused, not " + update.statusCode());
        for (String method : List.of("PUT", "DELETE")) {
            assertEquals(405, send(method, "ui/entente/data?graph=urn:x-test:g", null).statusCode(), method);
            assertEquals(405, send(method, "ui/entente/get?graph=urn:x-test:g", null).statusCode(), method);
        }
        assertEquals(405, send("POST", "ui/", "x=1").statusCode(), "the UI's files take no upload");
    }

    @Test
    void theQueryPageLinksEachQuestionIntoTheUi() {
        HttpResponse<String> page = get(server.url(), null);
        assertTrue(page.body().contains("href=\"/ui/#/dataset/entente/query\""), "a link to the UI's editor");
        assertTrue(page.body().contains("id=\"ui-entities-wikidata\" href=\"/ui/#/dataset/entente/query?query="),
                "each question has a link into the UI");
    }
}
