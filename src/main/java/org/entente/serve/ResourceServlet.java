package org.entente.serve;

import org.entente.rdf.RdfFormat;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
    private final transient PageCache pages;

    ResourceServlet(LinkedData linkedData, PageCache pages) {
        this.linkedData = linkedData;
        this.pages = pages;
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
        // RDF clients get the triples only; the page's sections (sorted, labelled, with claims) are for people.
        String page = self;
        byte[] body;
        try {
            body = pages.get(format.name() + " " + self, () -> format == RdfFormat.HTML
                    ? linkedData.describe(iri).map(d -> ResourcePage.render(d, page).getBytes(StandardCharsets.UTF_8)).orElse(null)
                    : linkedData.triples(iri).map(m -> Responses.rdf(m, format)).orElse(null));
        } catch (QueryCancelledException e) {
            Responses.sendText(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "describing " + iri + " took longer than the server's timeout\n");
            return;
        }
        if (body == null && linkedData.isGraph(iri)) {
            // A named graph's IRI stands for its content, which the Graph Store Protocol serves.
            resp.setHeader("Location", ServerSettings.DATASET + "/get?graph=" + URLEncoder.encode(iri, StandardCharsets.UTF_8));
            Responses.sendText(resp, HttpServletResponse.SC_SEE_OTHER, "the graph's triples: see " + resp.getHeader("Location") + "\n");
            return;
        }
        if (body == null) {
            if (format == RdfFormat.HTML) {
                Responses.sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, ResourcePage.notFound(iri));
            } else {
                Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found: " + iri + "\n");
            }
            return;
        }
        if (format == RdfFormat.HTML) {
            Responses.sendHtml(resp, HttpServletResponse.SC_OK, body);
        } else {
            Responses.sendRdf(resp, body, format);
        }
    }
}
