package org.entente.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.InputException;
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
            + "--password-file or " + RemoteCredentials.PASSWORD_VARIABLE + ".")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password for --user.")
    Path passwordFile;

    /** The push the options ask for, checked now; null when there is no --to. */
    GraphStorePush push() {
        if (to == null) {
            if (user != null || passwordFile != null) {
                throw InputException.of("--user", "only used with --to");
            }
            return null;
        }
        RemoteCredentials credentials = null;
        if (user != null) {
            credentials = new RemoteCredentials(user, password());
        } else if (passwordFile != null) {
            throw InputException.of("--password-file", "give --user too");
        }
        return new GraphStorePush(to, credentials);
    }

    private String password() {
        if (passwordFile != null) {
            try {
                return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst()
                        .orElseThrow(() -> InputException.of(passwordFile.toString(), "empty password file"));
            } catch (IOException e) {
                throw InputException.of(passwordFile.toString(), "cannot read: " + e.getMessage());
            }
        }
        String fromEnv = System.getenv(RemoteCredentials.PASSWORD_VARIABLE);
        if (fromEnv == null) {
            throw InputException.of("--user", "no password: give --password-file or set " + RemoteCredentials.PASSWORD_VARIABLE);
        }
        return fromEnv;
    }
}
