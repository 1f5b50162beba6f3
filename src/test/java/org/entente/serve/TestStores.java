package org.entente.serve;

import org.entente.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.entente.pipeline.BuildOperation;
import org.entente.store.KnowledgeStore;

/**
 * Stores and HTTP helpers for the server tests. {@link #shared()} builds the
 * project's data once per test run into a temporary folder, opened once and
 * never written to; tests that write build their own with {@link #build}.
 */
final class TestStores {
    static final Path HOME = Path.of(System.getProperty("entente.home", "."));
    static final Path DATA = HOME.resolve("data");
    static final Path QUERIES = HOME.resolve("queries");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static KnowledgeStore shared;

    private TestStores() {
    }

    /** The read-only store built from {@code data/}, shared by every test that only reads. */
    static synchronized KnowledgeStore shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("entente-serve-test-");
                build(folder);
                shared = KnowledgeStore.openExisting(folder);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.close();
                    delete(folder);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** Builds the project's data into {@code folder}. */
    static void build(Path folder) {
        TestProject.build(DATA, folder);
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    /** A local HTTP server that answers 500 to everything and counts the requests it gets. */
    record CountingServer(HttpServer server, AtomicInteger calls) {
        static CountingServer start() throws IOException {
            AtomicInteger calls = new AtomicInteger();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                calls.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            return new CountingServer(server, calls);
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }

    static ServerSettings.Builder settings() {
        return ServerSettings.builder().host("127.0.0.1").port(0).queries(QUERIES);
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            r.header("Accept", accept);
        }
        return send(r.build());
    }

    static HttpResponse<String> postForm(String url, String field, String value, String accept) {
        String body = field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return send(r.build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException stale) {
                // Servers on port 0 come and go: a pooled connection may point at a port an earlier,
                // stopped server had. Idempotent requests are sent once more on a fresh connection.
                if (request.method().equals("POST")) {
                    throw stale;
                }
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
