package org.entente.serve;

import org.entente.rdf.RdfFormat;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.query.QueryCancelledException;

/**
 * Serves the description of an IRI: at {@code /id/...} for the IRIs entente
 * mints under {@code https://w3id.org/entente/id/}, and at
 * {@code /resource?iri=...} for any IRI. HTML for browsers; Turtle, JSON-LD,
 * N-Triples or RDF/XML by content negotiation or {@code ?format=}. An IRI the
 * store says nothing of is 404; the IRI of one of the store's named graphs is
 * 303 to the Graph Store Protocol read of that graph. The IRI is only ever a key into the store:
 * nothing here reads a file.
 */
final class ResourceServlet extends HttpServlet {
    private final transient LinkedData linkedData;

    ResourceServlet(LinkedData linkedData) {
        this.linkedData = linkedData;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri;
        String self;
        if ("/resource".equals(req.getServletPath())) {
            iri = req.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                Responses.sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "give the IRI to describe: /resource?iri=...\n");
                return;
            }
            self = "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        } else {
            String rest = req.getPathInfo();
            if (rest == null || rest.length() <= 1) {
                Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "no resource here; try /id/entity/... or /resource?iri=...\n");
                return;
            }
            iri = LinkedData.iriOfPath(rest);
            self = req.getRequestURI();
        }
        RdfFormat format = Responses.negotiate(req, resp, Responses.PAGE_OFFERS);
        if (format == null) {
            return;
        }
        Optional<ResourceDescription> found;
        try {
            found = linkedData.describe(iri);
        } catch (QueryCancelledException e) {
            Responses.sendText(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "describing " + iri + " took longer than the server's timeout\n");
            return;
        }
        if (found.isEmpty() && linkedData.isGraph(iri)) {
            // A named graph's IRI stands for its content, which the Graph Store Protocol serves.
            resp.setHeader("Location", ServerSettings.DATASET + "/get?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
            Responses.sendText(resp, HttpServletResponse.SC_SEE_OTHER, "the graph's triples: see " + resp.getHeader("Location") + "\n");
            return;
        }
        if (found.isEmpty()) {
            if (format == RdfFormat.HTML) {
                Responses.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, ResourcePage.notFound(iri));
            } else {
                Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found: " + iri + "\n");
            }
            return;
        }
        ResourceDescription d = found.get();
        if (format == RdfFormat.HTML) {
            Responses.sendHtml(resp, HttpServletResponse.SC_OK, ResourcePage.render(d, self));
        } else {
            Responses.sendRdf(resp, d.graph(), format);
        }
    }
}
