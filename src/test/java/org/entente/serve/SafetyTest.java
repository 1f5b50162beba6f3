package org.entente.serve;

import static org.entente.serve.TestStores.encode;
import static org.entente.serve.TestStores.get;
import static org.entente.serve.TestStores.postForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.Test;

/** The server's limits: timeouts, no federation by default, no writes without --update. */
class SafetyTest {
    /** Counts the triples of the store cubed: billions of rows, far beyond any timeout in a test. */
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SMALL = "ASK { ?s a <https://w3id.org/entente/ontology#Article> }";

    @Test
    void aRunawayQueryTimesOutWhileAnotherQueryIsAnswered() throws Exception {
        KnowledgeStore store = TestStores.shared();
        EntenteServer server = EntenteServer.start(store, TestStores.settings().timeout(Duration.ofSeconds(2)).build());
        try {
            long started = System.nanoTime();
            AtomicLong runawayEnded = new AtomicLong();
            CompletableFuture<HttpResponse<String>> runaway = TestStores.HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query=" + encode(RUNAWAY))).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((r, e) -> runawayEnded.set(System.nanoTime()));
            HttpResponse<String> small = get(server.sparqlUrl() + "?query=" + encode(SMALL), "application/sparql-results+json");
            long smallAnswered = System.nanoTime();
            assertEquals(200, small.statusCode(), small.body());
            assertTrue(small.body().contains("true"));

            HttpResponse<String> ended = runaway.get(60, TimeUnit.SECONDS);
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(ended.statusCode() >= 500 || ended.statusCode() == 408,
                    "the runaway query ended with an error, not " + ended.statusCode());
            assertTrue(smallAnswered - started < runawayEnded.get() - started,
                    "the small query was answered before the runaway one ended");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(runawayEnded.get() - started) >= 1_500,
                    "the runaway one ran until its timeout");
            assertTrue(took < 30_000, "ended after the 2 s timeout, not after " + took + " ms");
            assertEquals(200, get(server.sparqlUrl() + "?query=" + encode(SMALL), null).statusCode(), "still up");
        } finally {
            server.stop();
        }
    }

    @Test
    void refusesServiceCallsToOtherHostsUnlessFederationIsOn() throws IOException {
        TestStores.CountingServer other = TestStores.CountingServer.start();
        String federated = "SELECT * { SERVICE <" + other.base() + "/sparql> { ?s ?p ?o } }";
        KnowledgeStore store = TestStores.shared();
        EntenteServer server = EntenteServer.start(store, TestStores.settings().build());
        try {
            HttpResponse<String> refused = postForm(server.sparqlUrl(), "query", federated, "application/sparql-results+json");
            assertTrue(refused.statusCode() >= 400, "refused, not " + refused.statusCode());
            assertEquals(0, other.calls().get(), "the other server was never called");
        } finally {
            server.stop();
        }
        // The same query with federation on does reach the other server: the check above can fail.
        EntenteServer open = EntenteServer.start(store, TestStores.settings().federation(true).build());
        try {
            postForm(open.sparqlUrl(), "query", federated, "application/sparql-results+json");
            assertTrue(other.calls().get() > 0);
        } finally {
            open.stop();
            other.stop();
        }
    }

    @Test
    void aReadOnlyServerChangesNothing() {
        KnowledgeStore store = TestStores.shared();
        long before = store.quadCount();
        EntenteServer server = EntenteServer.start(store, TestStores.settings().build());
        try {
            String insert = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"o\" } }";
            assertTrue(postForm(server.url() + "entente/update", "update", insert, null).statusCode() >= 400);
            assertTrue(postForm(server.url() + "entente", "update", insert, null).statusCode() >= 400);
            assertTrue(postForm(server.sparqlUrl(), "update", insert, null).statusCode() >= 400);
            for (String target : new String[] {"entente/data?graph=urn:x-test:g", "entente?graph=urn:x-test:g", "entente/get?graph=urn:x-test:g"}) {
                HttpResponse<String> put = TestStores.send(HttpRequest.newBuilder(URI.create(server.url() + target))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x-test:s> <urn:x-test:p> \"o\" .")).build());
                assertTrue(put.statusCode() >= 400, target + " answered " + put.statusCode());
            }
            assertEquals(404, get(server.url() + "$/datasets", null).statusCode(), "no admin operations");
        } finally {
            server.stop();
        }
        assertEquals(before, store.quadCount());
        assertFalse(store.graphNames().contains("urn:x-test:g"));
    }
}
