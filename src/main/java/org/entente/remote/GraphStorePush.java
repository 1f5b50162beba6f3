package org.entente.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.WebContent;
import org.entente.input.InputException;
import org.entente.store.KnowledgeStore;

/**
 * Copies the store's named graphs (each article's, and the ontology's) to
 * another triple store through the SPARQL 1.1 Graph Store HTTP Protocol:
 * one {@code PUT ?graph=IRI} per graph, which replaces that graph there, so
 * pushing twice leaves the remote store as pushing once. Works with any
 * store that speaks the protocol (Fuseki's {@code /ds/data}, GraphDB's
 * {@code /repositories/ID/rdf-graphs/service}, Virtuoso's
 * {@code /sparql-graph-crud-auth}, ...). The graphs are read in one read
 * transaction, so the remote store gets one consistent state of the store;
 * each request ends with an error when the remote store has not answered
 * within the request timeout.
 */
public final class GraphStorePush {
    /** How long a request waits for the remote store's answer unless told otherwise. */
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 60;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(DEFAULT_REQUEST_TIMEOUT_SECONDS);

    private final String endpoint;
    private final RemoteCredentials credentials;
    private final Duration requestTimeout;

    /** A push whose requests wait {@link #DEFAULT_REQUEST_TIMEOUT} for each answer. */
    public GraphStorePush(String endpoint, RemoteCredentials credentials) {
        this(endpoint, credentials, DEFAULT_REQUEST_TIMEOUT);
    }

    /**
     * Checks the endpoint now, so a bad URL fails before any store is opened.
     *
     * @param endpoint       the remote Graph Store Protocol endpoint, an absolute http(s) URL
     * @param credentials    sent with every request, or null for none
     * @param requestTimeout how long each request waits for the remote store's answer
     */
    public GraphStorePush(String endpoint, RemoteCredentials credentials, Duration requestTimeout) {
        this.endpoint = checkEndpoint(endpoint);
        this.credentials = credentials;
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw InputException.of("--timeout", "must be more than zero seconds");
        }
        this.requestTimeout = requestTimeout;
    }

    /** Refuses anything but an absolute http or https URL without user information. */
    static String checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw InputException.of("--to", "not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InputException.of("--to", "'" + endpoint + "' is not an http(s) URL of a Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data");
        }
        if (uri.getUserInfo() != null) {
            throw InputException.of("--to", "put the user in --user and the password in "
                    + RemoteCredentials.PASSWORD_VARIABLE + " or --remote-password-file, not in the URL");
        }
        return endpoint;
    }

    /** What a push sent. */
    public record Summary(int graphs, long triples) {
    }

    /** Sends every named graph of the store, one PUT each; stops at the first refusal. */
    public Summary push(KnowledgeStore store) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long triples = 0;
        Map<String, Snapshot> graphs = snapshot(store);
        for (Map.Entry<String, Snapshot> g : graphs.entrySet()) {
            put(client, g.getKey(), g.getValue().ntriples());
            triples += g.getValue().triples();
        }
        return new Summary(graphs.size(), triples);
    }

    /** One graph as sent: its N-Triples and how many triples they are. */
    private record Snapshot(byte[] ntriples, long triples) {
    }

    /** Every named graph as N-Triples, by name in name order, all read in one read transaction. */
    private static Map<String, Snapshot> snapshot(KnowledgeStore store) {
        return store.read(ds -> {
            Map<String, Snapshot> graphs = new LinkedHashMap<>();
            ds.listModelNames().forEachRemaining(r -> graphs.put(r.getURI(), null));
            Map<String, Snapshot> sorted = new LinkedHashMap<>();
            graphs.keySet().stream().sorted().forEach(name -> {
                Model graph = ds.getNamedModel(name);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, graph, Lang.NTRIPLES);
                sorted.put(name, new Snapshot(out.toByteArray(), graph.size()));
            });
            return sorted;
        });
    }

    private void put(HttpClient client, String graph, byte[] ntriples) {
        String target = endpoint + (endpoint.contains("?") ? "&" : "?") + "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(requestTimeout)
                .header("Content-Type", WebContent.contentTypeNTriples)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples));
        if (credentials != null) {
            request.header("Authorization", credentials.basicAuthorization());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw InputException.of(endpoint, "no answer within " + requestTimeout.toSeconds() + " s writing graph <" + graph
                    + ">; give --timeout SECONDS to wait longer");
        } catch (IOException e) {
            throw InputException.of(endpoint, "cannot reach the remote store: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InputException.of(endpoint, "interrupted writing graph <" + graph + ">");
        }
        if (response.statusCode() / 100 != 2) {
            throw InputException.of(endpoint, describe(response.statusCode(), response.body(), graph));
        }
    }

    private String describe(int status, String body, String graph) {
        if (status == 401 || status == 403) {
            return status + ": the remote store refused to write graph <" + graph + ">"
                    + (credentials == null ? "; give --user and a password" : " for user '" + credentials.user() + "'");
        }
        return status + " writing graph <" + graph + ">: " + firstLine(body);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
