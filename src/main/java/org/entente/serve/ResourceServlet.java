package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Serves the description of an IRI: at {@code /id/...} for the IRIs entente
 * mints under {@code https://w3id.org/entente/id/}, and at
 * {@code /resource?iri=...} for any IRI. HTML for browsers; Turtle, JSON-LD,
 * N-Triples or RDF/XML by content negotiation or {@code ?format=}. An IRI the
 * store says nothing of is 404. The IRI is only ever a key into the store:
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
                sendText(resp, HttpServletResponse.SC_BAD_REQUEST, "give the IRI to describe: /resource?iri=...\n");
                return;
            }
            self = "/resource?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
        } else {
            String rest = req.getPathInfo();
            if (rest == null || rest.length() <= 1) {
                sendText(resp, HttpServletResponse.SC_NOT_FOUND, "no resource here; try /id/entity/... or /resource?iri=...\n");
                return;
            }
            iri = LinkedData.iriOfPath(rest);
            self = req.getRequestURI();
        }
        resp.setHeader("Vary", "Accept");
        RdfFormat format = RdfFormat.choose(req.getHeader("Accept"), req.getParameter("format"), RdfFormat.ALL);
        if (format == null) {
            sendText(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml\n");
            return;
        }
        Optional<ResourceDescription> found = linkedData.describe(iri);
        if (found.isEmpty()) {
            if (format == RdfFormat.HTML) {
                sendHtml(resp, HttpServletResponse.SC_NOT_FOUND, ResourcePage.notFound(iri));
            } else {
                sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found: " + iri + "\n");
            }
            return;
        }
        ResourceDescription d = found.get();
        if (format == RdfFormat.HTML) {
            sendHtml(resp, HttpServletResponse.SC_OK, ResourcePage.render(d, self));
        } else {
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(format.mediaType());
            resp.setCharacterEncoding("UTF-8");
            try (OutputStream out = resp.getOutputStream()) {
                RDFDataMgr.write(out, d.graph(), format.lang());
            }
        }
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void sendText(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
