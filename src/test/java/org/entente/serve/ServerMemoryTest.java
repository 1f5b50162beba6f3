package org.entente.serve;

import static org.entente.serve.TestStores.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.entente.EntenteProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No anonymous query can take the server's heap: sorts over a cross product
 * run in a server of its own with a small heap, three at a time, while its
 * pages are read.
 */
class ServerMemoryTest {
    private static final String CROSS = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @Test
    void sortsOverACrossProductLeaveTheHeapToEveryoneElse(@TempDir Path folder) throws Exception {
        Path store = folder.resolve("store");
        TestStores.build(store);
        try (EntenteProcess serve = EntenteProcess.start("256m", List.of("serve", "--store", store.toString(),
                "--port", "0", "--timeout", "15"))) {
            String line = serve.awaitLine(true, "query page", 60);
            assertNotNull(line, "the server started: " + serve.drainErr());
            String base = line.substring(line.indexOf("http://")).strip();

            List<String> heavy = List.of(
                    "SELECT * " + CROSS + " ORDER BY ?c ?f ?i OFFSET " + ServerSettings.MAX_OFFSET,
                    "SELECT * { { SELECT * " + CROSS + " ORDER BY DESC(?i) } } LIMIT 5",
                    "SELECT * " + CROSS + " ORDER BY ?i ?c OFFSET " + ServerSettings.MAX_OFFSET);
            List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
            for (String q : heavy) {
                running.add(TestStores.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(base + "entente/sparql?query=" + encode(q)))
                        .header("Accept", "application/sparql-results+json").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            Thread.sleep(3_000);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, TestStores.get(base, "text/html").statusCode(), "the query page, while the sorts run");
                assertEquals(200, TestStores.get(base + "id/entity/china", "text/html").statusCode(), "a resource page");
                Thread.sleep(1_000);
            }
            for (CompletableFuture<HttpResponse<String>> r : running) {
                HttpResponse<String> answer = r.get(120, TimeUnit.SECONDS);
                assertTrue(answer.statusCode() == 200 || answer.statusCode() == 503,
                        "a heavy query ends with its answer or its timeout, not " + answer.statusCode() + " " + answer.body());
            }
            HttpResponse<String> after = TestStores.get(base + "entente/sparql?query=" + encode("ASK { ?s ?p ?o }"), null);
            assertEquals(200, after.statusCode(), "still answering afterwards");
            String errors = serve.drainErr();
            assertTrue(!errors.contains("OutOfMemoryError"), errors);
        }
    }
}
