package org.entente.remote;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

    /** The value of the {@code Authorization} header. */
    String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "RemoteCredentials[" + user + "]";
    }
}
