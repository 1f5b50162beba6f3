package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves the Apache Jena Fuseki UI (its query screen is YASGUI) at
 * {@value #PATH}, from the files under {@code webapp/} in the
 * {@code jena-fuseki-ui} jar; nothing is fetched at run time.
 *
 * <p>The UI sends its requests relative to the page it was loaded from:
 * {@code /ui/$/...} goes to a {@link ServerStatusServlet} mapped there too, and
 * {@code /ui/entente/...} is redirected (307, so a POSTed query stays a POST)
 * to the dataset's own endpoints, whose limits and refusals then apply.
 * Only the index, the favicon and {@code static/} scripts and style sheets
 * are served; a request path never becomes a resource path unchecked.
 */
final class FusekiUiServlet extends HttpServlet {
    /** Where the UI is served. */
    static final String PATH = "/ui";
    /** The UI's query screen for the dataset; a {@code ?query=} after it fills the editor. */
    static final String QUERY_SCREEN = PATH + "/#/dataset" + ServerSettings.DATASET + "/query";

    private static final Pattern STATIC_FILE = Pattern.compile("/static/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(js|css)");
    private static final Set<String> FORWARDED_METHODS = Set.of("GET", "HEAD", "POST");
    /** The UI sets styles inline and loads nothing from elsewhere. */
    private static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String method = req.getMethod();
        if (path != null && path.startsWith(ServerSettings.DATASET + "/")) {
            toDataset(req, resp, method);
            return;
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            resp.setHeader("Allow", "GET, HEAD");
            // The body is left unread, so the connection cannot carry another request: say so.
            resp.setHeader("Connection", "close");
            Responses.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the UI's files are read-only\n");
            return;
        }
        if (path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            resp.setHeader("Location", PATH + "/");
            return;
        }
        switch (path) {
            case "/", "/index.html" -> send(resp, "index.html", "text/html; charset=utf-8");
            case "/favicon.ico" -> send(resp, "favicon.ico", "image/x-icon");
            default -> {
                if (STATIC_FILE.matcher(path).matches()) {
                    send(resp, path.substring(1), path.endsWith(".js")
                            ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
                } else {
                    Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found\n");
                }
            }
        }
    }

    /**
     * Redirects a request the UI sends to the dataset to the dataset's own
     * path. The target's first segment is fixed, so the redirect cannot lead
     * off this server.
     */
    private static void toDataset(HttpServletRequest req, HttpServletResponse resp, String method) throws IOException {
        if (!FORWARDED_METHODS.contains(method)) {
            resp.setHeader("Allow", "GET, HEAD, POST");
            // The body is left unread, so the connection cannot carry another request: say so.
            resp.setHeader("Connection", "close");
            Responses.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the UI only queries\n");
            return;
        }
        String uri = req.getRequestURI();
        String prefix = PATH + ServerSettings.DATASET + "/";
        if (!uri.startsWith(prefix)) {
            Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found\n");
            return;
        }
        String target = ServerSettings.DATASET + "/" + uri.substring(prefix.length())
                + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        resp.setStatus(307);
        resp.setHeader("Location", target);
        resp.setContentLength(0);
    }

    private static void send(HttpServletResponse resp, String file, String type) throws IOException {
        try (InputStream in = FusekiUiServlet.class.getResourceAsStream("/webapp/" + file)) {
            if (in == null) {
                Responses.sendText(resp, HttpServletResponse.SC_NOT_FOUND, "not found\n");
                return;
            }
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (type.startsWith("text/html")) {
                resp.setHeader("Content-Security-Policy", CSP);
                resp.setHeader("Cache-Control", "no-cache");
            }
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
