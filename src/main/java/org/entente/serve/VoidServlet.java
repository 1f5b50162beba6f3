package org.entente.serve;

import org.entente.rdf.RdfFormat;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the VoID description of the dataset at {@code /void}, in any of the
 * RDF formats. Its URLs name the host the server was told to listen on and
 * the port the request came in on, never the request's {@code Host} header.
 */
final class VoidServlet extends HttpServlet {
    private final transient LinkedData linkedData;
    private final String host;

    VoidServlet(LinkedData linkedData, String host) {
        this.linkedData = linkedData;
        this.host = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = Responses.negotiate(req, resp, Responses.RDF_OFFERS);
        if (format == null) {
            return;
        }
        String server = "http://" + host + ":" + req.getLocalPort() + "/";
        Responses.sendRdf(resp, linkedData.voidDescription(server), format);
    }
}
