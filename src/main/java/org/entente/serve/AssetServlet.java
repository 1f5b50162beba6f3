package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Serves the query page's script and style sheet from the jar. Only the names
 * listed here exist; a request path is never turned into a file or resource
 * path, so nothing else can be reached through it.
 */
final class AssetServlet extends HttpServlet {
    private static final Map<String, String> ASSETS = Map.of(
            "/entente.css", "text/css; charset=utf-8",
            "/query.js", "text/javascript; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo();
        String type = name == null ? null : ASSETS.get(name);
        if (type == null) {
            Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found\n");
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("/serve" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the jar: " + name);
            }
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
