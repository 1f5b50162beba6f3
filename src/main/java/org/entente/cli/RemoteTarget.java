package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.remote.GraphStorePush;
import org.entente.remote.RemoteCredentials;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * The push the options ask for, checked now; null when there is no --to.
     * Options that do not fit together, or a value that is no URL or timeout,
     * are a bad command line; a password file that cannot be read is bad input.
     */
    GraphStorePush push() {
        if (to == null) {
            if (user != null || passwordFile != null) {
                throw usage((user != null ? "--user" : "--remote-password-file") + ": only used with --to");
            }
            return null;
        }
        if (passwordFile != null && user == null) {
            throw usage("--remote-password-file: give --user too");
        }
        if (user != null && passwordFile == null && System.getenv(RemoteCredentials.PASSWORD_VARIABLE) == null) {
            throw usage("--user: no password: give --remote-password-file or set " + RemoteCredentials.PASSWORD_VARIABLE);
        }
        try {
            return new GraphStorePush(to, RemoteCredentials.from(user, passwordFile, System.getenv()),
                    Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
