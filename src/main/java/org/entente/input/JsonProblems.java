package org.entente.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

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
        String where = path(e);
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            message = cause.getMessage();
        } else if (cause instanceof NullPointerException
                || (message != null && message.startsWith("Cannot map `null`"))) {
            message = (where.isEmpty() ? "a value" : "'" + where + "'") + " is missing or null";
        } else if (message != null) {
            message = message.replaceAll("\\s*\\(class [^)]*\\)", "").replaceAll("org\\.entente\\.[a-z.]+\\.", "");
            int cut = message.indexOf(", not marked as ignorable");
            if (cut > 0) {
                message = message.substring(0, cut);
            }
        }
        return at == null ? Problem.at(file, message) : Problem.at(file, at.getLineNr(), at.getColumnNr(), message);
    }

    /** Where in the document, as {@code claims[3].evidence[0].start}. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : mapping.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }
}
