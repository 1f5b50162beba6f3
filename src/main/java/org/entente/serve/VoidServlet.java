package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.riot.RDFDataMgr;

/** Serves the VoID description of the dataset at {@code /void}, in any of the RDF formats. */
final class VoidServlet extends HttpServlet {
    private final transient LinkedData linkedData;

    VoidServlet(LinkedData linkedData) {
        this.linkedData = linkedData;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfFormat format = RdfFormat.choose(req.getHeader("Accept"), req.getParameter("format"), RdfFormat.RDF_ONLY);
        resp.setHeader("Vary", "Accept");
        if (format == null) {
            // A browser asking for HTML is answered with Turtle it can show as text.
            format = RdfFormat.TURTLE;
        }
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort() + "/";
        var model = linkedData.voidDescription(server);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(format.mediaType());
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, format.lang());
        }
    }
}
