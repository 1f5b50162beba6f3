package org.entente.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.entente.input.InputException;

/**
 * A user name and password for a remote store, sent with HTTP Basic
 * authentication.
 */
public record RemoteCredentials(String user, String password) {
    /** The variable a password for a remote store may be given in. */
    public static final String PASSWORD_VARIABLE = "ENTENTE_REMOTE_PASSWORD";

    public RemoteCredentials {
        if (user == null || user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("a user name without ':' is needed");
        }
        if (password == null) {
            throw new IllegalArgumentException("a password is needed for user '" + user + "'");
        }
    }

    /**
     * The credentials the options of {@code load} and {@code build} name: the
     * user, and the password from the first line of {@code passwordFile} or
     * else from {@value #PASSWORD_VARIABLE} in {@code environment}.
     *
     * @return null when no user is given
     * @throws IllegalArgumentException when the options do not fit together
     * @throws InputException when the password file cannot be read
     */
    public static RemoteCredentials from(String user, Path passwordFile, Map<String, String> environment) {
        if (user == null) {
            if (passwordFile != null) {
                throw new IllegalArgumentException("--remote-password-file: give --user too");
            }
            return null;
        }
        if (user.isBlank() || user.contains(":")) {
            throw new IllegalArgumentException("--user: a user name without ':' is needed");
        }
        return new RemoteCredentials(user, passwordFile != null ? firstLine(passwordFile) : fromEnvironment(environment));
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst()
                    .orElseThrow(() -> InputException.of(file.toString(), "empty password file"));
        } catch (IOException e) {
            throw InputException.of(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static String fromEnvironment(Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null) {
            throw new IllegalArgumentException("--user: no password: give --remote-password-file or set " + PASSWORD_VARIABLE);
        }
        return password;
    }

    /** The value of the {@code Authorization} header. */
    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RemoteCredentials[" + user + "]";
    }
}
