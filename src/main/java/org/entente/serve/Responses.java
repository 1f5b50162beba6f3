package org.entente.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.entente.rdf.RdfFormat;

/**
 * Writes the server's own responses (pages, plain-text messages, RDF),
 * each with the headers that keep a browser from reading it as anything else.
 */
final class Responses {
    private Responses() {
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        sendHtml(resp, status, html.getBytes(StandardCharsets.UTF_8));
    }

    static void sendHtml(HttpServletResponse resp, int status, byte[] html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'");
        send(resp, html);
    }

    static void sendText(HttpServletResponse resp, int status, String text) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        send(resp, text.getBytes(StandardCharsets.UTF_8));
    }

    /** What a resource is served as; Turtle, first, is the answer to a client that accepts anything. */
    static final List<RdfFormat> PAGE_OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.HTML, RdfFormat.JSONLD,
            RdfFormat.NTRIPLES, RdfFormat.RDFXML);
    /** What a description without a page (VoID) is served as. */
    static final List<RdfFormat> RDF_OFFERS = List.of(RdfFormat.TURTLE, RdfFormat.JSONLD, RdfFormat.NTRIPLES, RdfFormat.RDFXML);

    /**
     * The format to answer in, from the request's {@code format} parameter or
     * {@code Accept} header; when none of the offers fits, answers 406 listing
     * them and returns null.
     */
    static RdfFormat negotiate(HttpServletRequest req, HttpServletResponse resp, List<RdfFormat> offers) throws IOException {
        resp.setHeader("Vary", "Accept");
        RdfFormat format = choose(req.getHeader("Accept"), req.getParameter("format"), offers);
        if (format == null) {
            StringBuilder available = new StringBuilder("available:");
            for (RdfFormat f : offers) {
                available.append(' ').append(f.mediaType());
            }
            sendText(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, available.append('\n').toString());
        }
        return format;
    }

    /**
     * The format to answer in: the {@code format} parameter when given (null when
     * it names no offer), else the offer the Accept header rates highest, ties
     * going to the earlier offer; a missing or empty header means the first offer.
     */
    static RdfFormat choose(String accept, String formatParameter, List<RdfFormat> offers) {
        if (formatParameter != null) {
            return RdfFormat.named(formatParameter, offers);
        }
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        AcceptList ranges;
        try {
            ranges = new AcceptList(accept);
        } catch (RuntimeException e) {
            return offers.get(0);
        }
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            double q = quality(ranges, MediaType.create(offer.mediaType()));
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The quality the most specific matching range gives a type; 0 when none matches. */
    private static double quality(AcceptList ranges, MediaType type) {
        MediaRange chosen = null;
        for (MediaRange r : ranges.entries()) {
            if (r.accepts(type) && (chosen == null || r.moreGroundedThan(chosen))) {
                chosen = r;
            }
        }
        return chosen == null ? 0 : chosen.get_q();
    }

    /** Writes {@code model} in an RDF format (not {@link RdfFormat#HTML}) with status 200. */
    static void sendRdf(HttpServletResponse resp, Model model, RdfFormat format) throws IOException {
        sendRdf(resp, rdf(model, format), format);
    }

    /** A model written whole in a format: the RDF writers flush as they go, and each flush to a socket is a packet. */
    static byte[] rdf(Model model, RdfFormat format) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(body, model, format.lang());
        return body.toByteArray();
    }

    static void sendRdf(HttpServletResponse resp, byte[] body, RdfFormat format) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        send(resp, body);
    }

    private static void send(HttpServletResponse resp, byte[] bytes) throws IOException {
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }
}
