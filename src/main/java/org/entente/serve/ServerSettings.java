package org.entente.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an {@link EntenteServer} runs: where it listens, how long a query may
 * take and how many rows it may return, who may write, and whether SPARQL
 * {@code SERVICE} may reach other servers. Built with {@link #builder()};
 * the defaults are the safe ones: loopback only, read-only, no federation.
 */
public final class ServerSettings {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_ROW_CAP = 10_000;
    /** The dataset's path on the server. */
    public static final String DATASET = "/entente";

    private final String host;
    private final int port;
    private final Duration timeout;
    private final long rowCap;
    private final WriteAccess writeAccess;
    private final boolean federation;
    private final Path queries;

    private ServerSettings(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.timeout = b.timeout;
        this.rowCap = b.rowCap;
        this.writeAccess = b.writeAccess;
        this.federation = b.federation;
        this.queries = b.queries;
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

    /** Who may write, or null when the server is read-only. */
    public WriteAccess writeAccess() {
        return writeAccess;
    }

    /** Whether {@code SERVICE} clauses may call other SPARQL endpoints. */
    public boolean federation() {
        return federation;
    }

    /** The competency question folder shown on the query page, or null for none. */
    public Path queries() {
        return queries;
    }

    /** Collects settings; {@link #build()} checks them. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration timeout = DEFAULT_TIMEOUT;
        private long rowCap = DEFAULT_ROW_CAP;
        private WriteAccess writeAccess;
        private boolean federation;
        private Path queries;

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

        /** Enables SPARQL Update and Graph Store writes for these users; null keeps the server read-only. */
        public Builder writeAccess(WriteAccess writeAccess) {
            this.writeAccess = writeAccess;
            return this;
        }

        public Builder federation(boolean federation) {
            this.federation = federation;
            return this;
        }

        public Builder queries(Path queries) {
            this.queries = queries;
            return this;
        }

        public ServerSettings build() {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("--host: a host name or address is needed");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port: " + port + " is not a port number (0-65535)");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("--timeout: must be more than zero");
            }
            if (rowCap < 1) {
                throw new IllegalArgumentException("--max-rows: must be at least 1");
            }
            return new ServerSettings(this);
        }
    }
}
