package org.entente.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an {@link EntenteServer} runs: where it listens, how long a query may
 * take and how many rows it may return, who may write, and whether SPARQL
 * {@code SERVICE} may reach other servers. Built with {@link #builder()};
 * the defaults are the safe ones: loopback only, read-only, no federation,
 * and no writes on any other address unless asked for explicitly.
 */
public final class ServerSettings {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    public static final long DEFAULT_ROW_CAP = 10_000;
    /** The largest request body accepted unless told otherwise: 1 MiB. */
    public static final long DEFAULT_MAX_BODY = 1 << 20;
    /** The largest OFFSET a query may ask for; with the row cap it bounds the rows a sort keeps. */
    public static final long MAX_OFFSET = 100_000;
    /** Rows a sort, DISTINCT or REDUCED holds in memory before it spills to temporary files. */
    static final long SPILL_THRESHOLD = 100_000;
    /** The dataset's path on the server. */
    public static final String DATASET = "/entente";

    private final String host;
    private final int port;
    private final Duration timeout;
    private final long rowCap;
    private final long maxBody;
    private final WriteAccess writeAccess;
    private final boolean federation;
    private final Path queries;
    private final boolean insecureRemoteWrites;

    private ServerSettings(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.timeout = b.timeout;
        this.rowCap = b.rowCap;
        this.maxBody = b.maxBody;
        this.writeAccess = b.writeAccess;
        this.federation = b.federation;
        this.queries = b.queries;
        this.insecureRemoteWrites = b.insecureRemoteWrites;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String host() {
        return host;
    }

    /** The port to listen on; 0 lets the system choose a free one. */
    public int port() {
        return port;
    }

    public Duration timeout() {
        return timeout;
    }

    public long rowCap() {
        return rowCap;
    }

    /** The largest request body, in bytes, the server reads; a larger one is answered 413. */
    public long maxBody() {
        return maxBody;
    }

    /** Who may write, or null when the server is read-only. */
    public WriteAccess writeAccess() {
        return writeAccess;
    }

    /** Whether {@code SERVICE} clauses may call other SPARQL endpoints. */
    public boolean federation() {
        return federation;
    }

    /** The competency question folder shown on the query page, or null for those shipped in the jar. */
    public Path queries() {
        return queries;
    }

    /** Whether writes are accepted on an address other than loopback, where Basic credentials cross the network in clear. */
    public boolean insecureRemoteWrites() {
        return insecureRemoteWrites;
    }

    /** Whether {@code host} is a loopback address, reachable only from this machine. */
    public static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1");
    }

    /** Collects settings; {@link #build()} checks them. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long rowCap = DEFAULT_ROW_CAP;
        private long maxBody = DEFAULT_MAX_BODY;
        private WriteAccess writeAccess;
        private boolean federation;
        private Path queries;
        private boolean insecureRemoteWrites;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder rowCap(long rowCap) {
            this.rowCap = rowCap;
            return this;
        }

        public Builder maxBody(long maxBody) {
            this.maxBody = maxBody;
            return this;
        }

        /** Enables SPARQL Update and Graph Store writes for these users; null keeps the server read-only. */
        public Builder writeAccess(WriteAccess writeAccess) {
            this.writeAccess = writeAccess;
            return this;
        }

        public Builder federation(boolean federation) {
            this.federation = federation;
            return this;
        }

        /** The competency question folder; null (the default) means those shipped in the jar. */
        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        /** Accepts writes on a non-loopback address even though passwords then cross the network in clear. */
        public Builder insecureRemoteWrites(boolean insecureRemoteWrites) {
            this.insecureRemoteWrites = insecureRemoteWrites;
            return this;
        }

        public ServerSettings build() {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host: a host name or address is needed");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: " + port + " is not a port number (0-65535)");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout: must be more than zero");
            }
            if (rowCap < 1) {
                throw new IllegalArgumentException("row cap: must be at least 1");
            }
            if (maxBody < 1) {
                throw new IllegalArgumentException("max body: must be at least 1 byte");
            }
            if (writeAccess != null && !isLoopback(host) && !insecureRemoteWrites) {
                throw new IllegalArgumentException("writes on " + host + " would send passwords over the network in clear text"
                        + " (HTTP Basic); listen on 127.0.0.1 behind an HTTPS proxy, or allow insecure remote writes explicitly");
            }
            return new ServerSettings(this);
        }
    }
}
