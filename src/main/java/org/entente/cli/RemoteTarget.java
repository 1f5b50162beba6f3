package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.input.InputException;
import org.entente.remote.GraphStorePush;
import org.entente.remote.RemoteCredentials;
import picocli.CommandLine.Option;

/** The options naming a remote Graph Store Protocol endpoint and how to log in to it, shared by load and build. */
final class RemoteTarget {
    @Option(names = "--to", paramLabel = "URL",
            description = "A remote Graph Store Protocol endpoint to push each named graph to, replacing it there, "
                    + "e.g. http://localhost:3030/ds/data.")
    String to;

    @Option(names = "--user", description = "User for HTTP Basic authentication at --to; the password comes from "
            + "--remote-password-file or " + RemoteCredentials.PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--remote-password-file", paramLabel = "FILE", description = "A file whose first line is the password for --user.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + GraphStorePush.DEFAULT_REQUEST_TIMEOUT_SECONDS,
            description = "How long to wait for each answer of the remote store. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds;

    /** The push the options ask for, checked now; null when there is no --to. */
    GraphStorePush push() {
        if (to == null) {
            if (user != null || passwordFile != null) {
                throw InputException.of(user != null ? "--user" : "--remote-password-file", "only used with --to");
            }
            return null;
        }
        return new GraphStorePush(to, RemoteCredentials.from(user, passwordFile, System.getenv()),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
    }
}
