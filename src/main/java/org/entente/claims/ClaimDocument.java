package org.entente.claims;

import java.util.Map;
import org.entente.input.Problem;

/**
 * A claim set as read from a file, remembering where in the file each JSON
 * value starts so later checks can point at line and column.
 *
 * @param file      the file as the user named it
 * @param claims    the parsed claim set
 * @param locations JSON pointer (e.g. {@code /claims/3/source}) to its line and column
 */
public record ClaimDocument(String file, ClaimSet claims, Map<String, TextLocation> locations) {

    public ClaimDocument {
        locations = Map.copyOf(locations);
    }

    /** Claims made in memory, not read from a file: there are no locations to point at. */
    public static ClaimDocument inMemory(String name, ClaimSet claims) {
        return new ClaimDocument(name, claims, Map.of());
    }

    /** A problem at a JSON pointer, located at the pointer or its nearest located ancestor. */
    public Problem problemAt(String pointer, String message) {
        String p = pointer;
        while (true) {
            TextLocation at = locations.get(p);
            if (at != null) {
                return Problem.at(file, at.line(), at.column(), message);
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return Problem.at(file, message);
            }
            p = p.substring(0, slash);
        }
    }

    /** Line and column, both 1-based. */
    public record TextLocation(int line, int column) {
    }
}
