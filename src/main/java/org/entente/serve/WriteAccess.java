package org.entente.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.input.InputException;
import org.entente.input.Problem;

/**
 * Who may change the store through the server: a set of users and their
 * passwords, read from a password file or from the environment. A server with
 * no write access answers every write with an error; one with write access
 * asks for HTTP Basic authentication before any SPARQL Update or Graph Store
 * write.
 */
public final class WriteAccess {
    /** The variable holding the password when no password file is given. */
    public static final String PASSWORD_VARIABLE = "ENTENTE_PASSWORD";
    /** The variable naming the user that {@link #PASSWORD_VARIABLE} is for; "entente" when unset. */
    public static final String USER_VARIABLE = "ENTENTE_USER";
    public static final String DEFAULT_USER = "entente";

    private final Map<String, String> passwords;

    private WriteAccess(Map<String, String> passwords) {
        if (passwords.isEmpty()) {
            throw new IllegalArgumentException("write access needs at least one user");
        }
        this.passwords = Map.copyOf(passwords);
    }

    /** One user with one password. */
    public static WriteAccess of(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a user name and a non-empty password are needed");
        }
        return new WriteAccess(Map.of(user, password));
    }

    /**
     * Reads a password file in Jetty's realm format: one {@code user: password}
     * per line ({@code , role} suffixes are ignored), {@code #} starts a comment.
     * Passwords may be plain or Jetty's {@code MD5:}/{@code CRYPT:} forms.
     */
    public static WriteAccess fromPasswordFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw InputException.of(file.toString(), "cannot read password file: " + e.getMessage());
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InputException(Problem.at(file.toString(), i + 1, 1, "expected 'user: password'"));
            }
            String user = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            String password = (comma >= 0 ? rest.substring(0, comma) : rest).strip();
            if (password.isEmpty()) {
                throw new InputException(Problem.at(file.toString(), i + 1, colon + 2, "empty password for user '" + user + "'"));
            }
            users.put(user, password);
        }
        if (users.isEmpty()) {
            throw InputException.of(file.toString(), "no user in password file; add a line 'user: password'");
        }
        return new WriteAccess(users);
    }

    /** Reads {@value #PASSWORD_VARIABLE} (and {@value #USER_VARIABLE}); null when the password is unset. */
    public static WriteAccess fromEnvironment(Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return null;
        }
        String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER);
        return of(user.isBlank() ? DEFAULT_USER : user, password);
    }

    /** The users and their (possibly encoded) passwords. */
    Map<String, String> passwords() {
        return passwords;
    }

    @Override
    public String toString() {
        return "WriteAccess" + passwords.keySet();
    }
}
