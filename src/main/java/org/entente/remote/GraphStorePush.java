package org.entente.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.entente.InputException;
import org.entente.store.KnowledgeStore;

/**
 * Copies the store's named graphs (each article's, and the ontology's) to
 * another triple store through the SPARQL 1.1 Graph Store HTTP Protocol:
 * one {@code PUT ?graph=IRI} per graph, which replaces that graph there, so
 * pushing twice leaves the remote store as pushing once. Works with any
 * store that speaks the protocol (Fuseki's {@code /ds/data}, GraphDB's
 * {@code /repositories/ID/rdf-graphs/service}, Virtuoso's
 * {@code /sparql-graph-crud-auth}, ...).
 */
public final class GraphStorePush {
    private final String endpoint;
    private final RemoteCredentials credentials;

    /**
     * Checks the endpoint now, so a bad URL fails before any store is opened.
     *
     * @param endpoint    the remote Graph Store Protocol endpoint, an absolute http(s) URL
     * @param credentials sent with every request, or null for none
     */
    public GraphStorePush(String endpoint, RemoteCredentials credentials) {
        this.endpoint = checkEndpoint(endpoint);
        this.credentials = credentials;
    }

    /** Refuses anything but an absolute http or https URL without user information. */
    static String checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw InputException.of("--to", "not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw InputException.of("--to", "'" + endpoint + "' is not an http(s) URL of a Graph Store Protocol endpoint, e.g. http://localhost:3030/ds/data");
        }
        if (uri.getUserInfo() != null) {
            throw InputException.of("--to", "put the user in --user and the password in "
                    + RemoteCredentials.PASSWORD_VARIABLE + " or --password-file, not in the URL");
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
        List<String> names = store.graphNames();
        long triples = 0;
        for (String name : names) {
            Model graph = store.graph(name);
            GSP request = GSP.service(endpoint).httpClient(client).graphName(name).contentType(RDFFormat.NTRIPLES);
            if (credentials != null) {
                request.httpHeader("Authorization", credentials.basicAuthorization());
            }
            try {
                request.PUT(graph.getGraph());
            } catch (HttpException e) {
                throw InputException.of(endpoint, describe(e, name));
            }
            triples += graph.size();
        }
        return new Summary(names.size(), triples);
    }

    private String describe(HttpException e, String graph) {
        int status = e.getStatusCode();
        if (status == 401 || status == 403) {
            return status + ": the remote store refused to write graph <" + graph + ">"
                    + (credentials == null ? "; give --user and a password" : " for user '" + credentials.user() + "'");
        }
        if (status > 0) {
            return status + " writing graph <" + graph + ">: " + firstLine(e.getMessage());
        }
        return "cannot reach the remote store: " + firstLine(e.getMessage() != null ? e.getMessage()
                : e.getCause() != null ? e.getCause().toString() : e.toString());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
