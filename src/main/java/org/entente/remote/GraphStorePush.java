package org.entente.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.input.InputException;
import org.entente.store.KnowledgeStore;

/**
 * Copies the store's named graphs (each article's, and the ontology's) to
 * another triple store through the SPARQL 1.1 Graph Store HTTP Protocol, with
 * Jena's client: one {@code PUT ?graph=IRI} per graph, which replaces that
 * graph there, so pushing twice leaves the remote store as pushing once.
 * Works with any store that speaks the protocol (Fuseki's {@code /ds/data},
 * GraphDB's {@code /repositories/ID/rdf-graphs/service}, Virtuoso's
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
     * @throws IllegalArgumentException naming the option ({@code --to}, {@code --timeout}) whose value is wrong
     */
    public GraphStorePush(String endpoint, RemoteCredentials credentials, Duration requestTimeout) {
        this.endpoint = checkEndpoint(endpoint);
        this.credentials = credentials;
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("--timeout: must be more than zero seconds");
        }
        this.requestTimeout = requestTimeout;
    }

    /** Refuses anything but an absolute http or https URL without user information. */
    static String checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--to: not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("--to: '" + endpoint
                    + "' is not an http(s) URL of a Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException("--to: put the user in --user and the password in "
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
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<String, Graph> graphs = snapshot(store);
        ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "entente-push");
            t.setDaemon(true);
            return t;
        });
        long triples = 0;
        try {
            for (Map.Entry<String, Graph> g : graphs.entrySet()) {
                put(sender, client, g.getKey(), g.getValue());
                triples += g.getValue().size();
            }
        } finally {
            sender.shutdownNow();
        }
        return new Summary(graphs.size(), triples);
    }

    /** Every named graph, copied, by name in name order, all read in one read transaction. */
    private static Map<String, Graph> snapshot(KnowledgeStore store) {
        return store.read(ds -> {
            Map<String, Graph> graphs = new LinkedHashMap<>();
            ds.listModelNames().forEachRemaining(r -> graphs.put(r.getURI(), null));
            Map<String, Graph> sorted = new LinkedHashMap<>();
            graphs.keySet().stream().sorted().forEach(name -> {
                Graph copy = GraphFactory.createDefaultGraph();
                ds.getNamedModel(name).getGraph().find().forEachRemaining(copy::add);
                sorted.put(name, copy);
            });
            return sorted;
        });
    }

    /** One PUT, which Jena's client sends; waited for at most the request timeout. */
    private void put(ExecutorService sender, HttpClient client, String graphName, Graph graph) {
        GSP request = GSP.service(endpoint).httpClient(client).graphName(graphName).contentType(RDFFormat.NTRIPLES);
        if (credentials != null) {
            request.httpHeader("Authorization", credentials.basicAuthorization());
        }
        Future<?> sent = sender.submit(() -> request.PUT(graph));
        try {
            sent.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw InputException.of(endpoint, "no answer within " + requestTimeout.toSeconds() + " s writing graph <"
                    + graphName + ">; give --timeout SECONDS to wait longer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InputException.of(endpoint, "interrupted writing graph <" + graphName + ">");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HttpException http) {
                throw InputException.of(endpoint, describe(http, graphName));
            }
            throw new IllegalStateException("pushing graph <" + graphName + ">", e.getCause());
        }
    }

    private String describe(HttpException e, String graph) {
        int status = e.getStatusCode();
        if (status <= 0) {
            return "cannot reach the remote store: " + (e.getCause() != null ? e.getCause() : e.getMessage());
        }
        if (status == 401 || status == 403) {
            return status + ": the remote store refused to write graph <" + graph + ">"
                    + (credentials == null ? "; give --user and a password" : " for user '" + credentials.user() + "'");
        }
        return status + " writing graph <" + graph + ">: " + firstLine(e.getResponse() != null ? e.getResponse() : e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
