package org.entente.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.server.CounterSet;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;

/**
 * The read-only part of Fuseki's administration protocol ({@code /$/...}), as
 * much as the Fuseki UI reads: {@code GET /$/ping}, {@code /$/server} (the
 * one dataset and its read services) and {@code /$/stats/entente}. Every
 * other path is 404 and every method but GET and HEAD is 405: nothing here
 * creates, deletes, backs up, compacts or uploads, since Fuseki's admin module
 * would do so for anyone who asks.
 *
 * <p>Only the query and Graph Store read services are described, even when
 * the server has write endpoints, so the UI's upload and edit screens have no
 * endpoint to send to.
 */
final class ServerStatusServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Operation> DESCRIBED = Set.of(Operation.Query, Operation.GSP_R);

    private final transient DataService dataset;
    private final Instant started;

    ServerStatusServlet(DataService dataset, Instant started) {
        this.dataset = dataset;
        this.started = started;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            // The body is left unread, so the connection cannot carry another request: say so.
            resp.setHeader("Connection", "close");
            Responses.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "the administration protocol is read-only here\n");
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceAll("/{2,}", "/");
        switch (path) {
            case "/ping" -> Responses.sendText(resp, HttpServletResponse.SC_OK, Instant.now() + "\n");
            case "/server" -> sendJson(resp, server());
            case "/stats", "/stats" + ServerSettings.DATASET -> sendJson(resp, stats());
            default -> Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found\n");
        }
    }

    private ObjectNode server() {
        ObjectNode server = JSON.createObjectNode();
        server.put("version", Fuseki.VERSION);
        server.put("startDateTime", started.toString());
        server.put("uptime", Duration.between(started, Instant.now()).toSeconds());
        ObjectNode ds = server.putArray("datasets").addObject();
        ds.put("ds.name", ServerSettings.DATASET);
        ds.put("ds.state", true);
        ArrayNode services = ds.putArray("ds.services");
        for (Operation op : List.of(Operation.Query, Operation.GSP_R)) {
            ObjectNode srv = services.addObject();
            srv.put("srv.type", op.getName());
            srv.put("srv.description", op.getDescription());
            ArrayNode names = srv.putArray("srv.endpoints");
            endpoints(op).forEach(e -> names.add(e.getName()));
        }
        return server;
    }

    private ObjectNode stats() {
        ObjectNode stats = JSON.createObjectNode();
        ObjectNode ds = stats.putObject("datasets").putObject(ServerSettings.DATASET);
        counters(ds, dataset.getCounters());
        ObjectNode byEndpoint = ds.putObject("endpoints");
        for (Operation op : DESCRIBED) {
            for (Endpoint e : endpoints(op)) {
                ObjectNode one = byEndpoint.putObject(e.isUnnamed() ? "_" + op.getName() : e.getName());
                counters(one, e.getCounters());
                one.put("operation", op.getName());
                one.put("description", op.getDescription());
            }
        }
        return stats;
    }

    /** The dataset's endpoints for {@code op}, the named ones first: the UI sends queries to the first. */
    private List<Endpoint> endpoints(Operation op) {
        List<Endpoint> named = new ArrayList<>();
        List<Endpoint> unnamed = new ArrayList<>();
        for (Endpoint e : dataset.getEndpoints(op)) {
            (e.isUnnamed() ? unnamed : named).add(e);
        }
        named.addAll(unnamed);
        return named;
    }

    private static void counters(ObjectNode into, CounterSet counters) {
        for (CounterName name : List.of(CounterName.Requests, CounterName.RequestsGood, CounterName.RequestsBad)) {
            into.put(name.getName(), counters.contains(name) ? counters.value(name) : 0);
        }
    }

    private static void sendJson(HttpServletResponse resp, ObjectNode json) throws IOException {
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
