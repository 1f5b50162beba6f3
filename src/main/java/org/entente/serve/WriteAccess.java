package org.entente.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.security.AuthenticationState;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.ServerAuthException;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.BasicAuthenticator;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.security.Credential;
import org.entente.input.InputException;
import org.entente.input.Problem;

/**
 * Who may change the store through the server: a set of users and their
 * passwords, held in a Jetty user store read from a password file or made
 * from the environment. A server with no write access answers every write
 * with an error; one with write access asks for HTTP Basic authentication
 * before any SPARQL Update or Graph Store write.
 */
public final class WriteAccess {
    /** The variable holding the password when no password file is given. */
    public static final String PASSWORD_VARIABLE = "ENTENTE_PASSWORD";
    /** The variable naming the user that {@link #PASSWORD_VARIABLE} is for; "entente" when unset. */
    public static final String USER_VARIABLE = "ENTENTE_USER";
    public static final String DEFAULT_USER = "entente";

    private final UserStore users;
    private final Set<String> names;

    private WriteAccess(UserStore users, Set<String> names) {
        this.users = users;
        this.names = Set.copyOf(names);
    }

    /** One user with one password. */
    public static WriteAccess of(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("a user name and a non-empty password are needed");
        }
        UserStore users = new UserStore();
        users.addUser(user, Credential.getCredential(password), new String[0]);
        return new WriteAccess(users, Set.of(user));
    }

    /**
     * Reads a password file in Jetty's realm format with Jetty's own user store:
     * one {@code user: password} per line ({@code , role} suffixes are ignored),
     * {@code #} starts a comment, passwords plain or in Jetty's {@code MD5:},
     * {@code CRYPT:} or {@code OBF:} forms. The lines are checked first, so a
     * line without a password is named rather than read as a user who needs none.
     */
    public static WriteAccess fromPasswordFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw InputException.of(file.toString(), "cannot read password file: " + e.getMessage());
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InputException(Problem.at(file.toString(), i + 1, 1, "expected 'user: password'"));
            }
            String rest = line.substring(colon + 1).strip();
            int comma = rest.indexOf(',');
            if ((comma >= 0 ? rest.substring(0, comma) : rest).isBlank()) {
                throw new InputException(Problem.at(file.toString(), i + 1, colon + 2,
                        "empty password for user '" + line.substring(0, colon).strip() + "'"));
            }
            names.add(line.substring(0, colon).strip());
        }
        if (names.isEmpty()) {
            throw InputException.of(file.toString(), "no user in password file; add a line 'user: password'");
        }
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(file.toAbsolutePath()));
        try {
            users.start();
        } catch (Exception e) {
            throw InputException.of(file.toString(), "Jetty cannot read this password file (" + e.getMessage()
                    + "); an MD5: password is 32 hexadecimal digits");
        }
        return new WriteAccess(users, names);
    }

    /** Reads {@value #PASSWORD_VARIABLE} (and {@value #USER_VARIABLE}); null when the password is unset. */
    public static WriteAccess fromEnvironment(java.util.Map<String, String> environment) {
        String password = environment.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            return null;
        }
        String user = environment.getOrDefault(USER_VARIABLE, DEFAULT_USER);
        return of(user.isBlank() ? DEFAULT_USER : user, password);
    }

    /** The users' names. */
    Set<String> userNames() {
        return names;
    }

    /**
     * A Basic authentication handler over these users. An {@code Authorization}
     * header that is not Basic credentials in Base64 is the client's mistake, 400,
     * where Jetty's own authenticator would fail with 500.
     */
    SecurityHandler securityHandler(String realm) {
        SecurityHandler handler = JettySecurityLib.makeSecurityHandler(realm, users, AuthScheme.BASIC);
        handler.setAuthenticator(new BasicAuthenticator() {
            @Override
            public AuthenticationState validateRequest(Request req, Response res, Callback callback) throws ServerAuthException {
                String header = req.getHeaders().get(HttpHeader.AUTHORIZATION);
                if (header != null && !isReadableBasic(header)) {
                    return AuthenticationState.writeError(req, res, callback, HttpStatus.BAD_REQUEST_400);
                }
                return super.validateRequest(req, res, callback);
            }
        });
        return handler;
    }

    /** Whether a Basic {@code Authorization} header decodes; headers of other schemes are left to the authenticator. */
    static boolean isReadableBasic(String header) {
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return true;
        }
        try {
            Base64.getDecoder().decode(h.substring(6).strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "WriteAccess" + names;
    }
}
