package org.entente.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.BadMessageException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
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
        String mistake = clientMistake(req);
        if (mistake == null && isChunked(req) && !isForm(req)) {
            // A body of unknown length is read here, within the cap: past it, the servlets would fail with 500.
            try {
                req = new BufferedBody(req, req.getInputStream().readAllBytes());
            } catch (IOException | RuntimeException e) {
                mistake = "413 the request body is larger than the server accepts (--max-body)";
            }
        }
        if (mistake != null) {
            int status = Integer.parseInt(mistake.substring(0, 3));
            resp.setHeader("Connection", "close");
            Responses.sendText(resp, status, mistake.substring(4) + "\n");
            return;
        }
        chain.doFilter(req, response);
        if (write && resp.getStatus() / 100 == 2) {
            afterWrite.run();
        }
    }

    /**
     * What is wrong with a request before any servlet reads it, as {@code "CODE message"}, or null:
     * a charset Java does not know, or parameters (in the query string or a form) that do not decode.
     * Left to the servlets, these would end as internal errors (500).
     */
    static String clientMistake(HttpServletRequest req) {
        String type = req.getHeader("Content-Type");
        if (type != null) {
            String charset = charsetOf(type);
            if (charset != null && !isKnownCharset(charset)) {
                return "415 unknown charset '" + charset + "'; send UTF-8";
            }
        }
        if (isForm(req) || req.getQueryString() != null) {
            try {
                req.getParameterMap();
            } catch (BadMessageException e) {
                return (e.getCode() == 413 ? "413 the form is larger than the server accepts (--max-body)"
                        : e.getCode() + " the request's parameters do not decode: send them percent-encoded UTF-8");
            } catch (RuntimeException e) {
                return "400 the request's parameters do not decode: send them percent-encoded UTF-8";
            }
        }
        return null;
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getHeader("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isChunked(HttpServletRequest req) {
        return req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null;
    }

    /** A request whose body has been read already, and is read again from memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    private static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    private static boolean isKnownCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
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
