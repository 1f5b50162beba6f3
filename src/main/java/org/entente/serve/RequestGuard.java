package org.entente.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Checks every request before any servlet sees it. {@code TRACE} is refused
 * (it would echo the {@code Authorization} header back). A write, any method
 * but GET, HEAD and OPTIONS on the write endpoints, is refused when it
 * carries an {@code Origin} other than the server's own: a browser sends
 * Basic credentials it has cached with any request, even one a page of another
 * site makes it send. After a write that succeeded, the dataset's figures
 * are refreshed.
 */
final class RequestGuard implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1", "[::1]");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "[::]");

    private final String host;
    private final Set<String> writePaths;
    private final Runnable afterWrite;

    /**
     * @param host       the host the server was told to listen on
     * @param writePaths the request paths that write, e.g. {@code /entente/data}
     * @param afterWrite run after each write that succeeded
     */
    RequestGuard(String host, Set<String> writePaths, Runnable afterWrite) {
        this.host = host.toLowerCase(Locale.ROOT);
        this.writePaths = Set.copyOf(writePaths);
        this.afterWrite = afterWrite;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK")) {
            resp.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
            Responses.sendText(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "TRACE is not supported\n");
            return;
        }
        boolean write = !READS.contains(method) && writePaths.contains(path(req));
        if (write) {
            String origin = req.getHeader("Origin");
            if (origin != null && !isOwnOrigin(origin, req)) {
                // The body is left unread, so the connection cannot carry another request: say so.
                resp.setHeader("Connection", "close");
                Responses.sendText(resp, HttpServletResponse.SC_FORBIDDEN,
                        "writes are accepted only from this server's own pages, not from " + origin + "\n");
                return;
            }
        }
        chain.doFilter(request, response);
        if (write && resp.getStatus() / 100 == 2) {
            afterWrite.run();
        }
    }

    /** The request's path, decoded, without repeated or trailing slashes, as the server resolves it. */
    static String path(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        path = path.replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Whether an Origin is this server's: the configured host and the port the
     * request came in on; for a loopback host any loopback name; for a host
     * listening on every interface, the name the client connected to.
     */
    boolean isOwnOrigin(String origin, HttpServletRequest req) {
        String o = origin.toLowerCase(Locale.ROOT);
        int port = req.getLocalPort();
        if (o.equals(origin(host, port))) {
            return true;
        }
        if (LOOPBACK.contains(host)) {
            return LOOPBACK.stream().anyMatch(h -> o.equals(origin(h, port)));
        }
        if (WILDCARD.contains(host)) {
            String connectedTo = req.getHeader("Host");
            return connectedTo != null && o.equals("http://" + connectedTo.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static String origin(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port;
    }
}
