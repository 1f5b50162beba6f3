package org.entente;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's complaints about a JSON file into a {@link Problem} a user can act on. */
public final class JsonProblems {
    private JsonProblems() {
    }

    /**
     * The problem at the location Jackson reports. When a model constructor
     * refused a value, its own message is used; otherwise Jackson's, without
     * Java class names.
     */
    public static Problem of(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            message = cause.getMessage();
        } else if (message != null) {
            message = message.replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll("org\\.entente\\.[a-z.]+\\.", "");
            int cut = message.indexOf(", not marked as ignorable");
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return at == null ? Problem.at(file, message) : Problem.at(file, at.getLineNr(), at.getColumnNr(), message);
    }
}
