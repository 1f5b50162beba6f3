package org.entente.input;

/**
 * One thing wrong with an input, and where it is: a file and optionally a line
 * and column, or a character offset, or a path inside a JSON document.
 * Prints as {@code file:line:column: message}, the form editors and terminals link.
 *
 * @param file     the file the problem is in (as the user named it)
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong and, where it helps, what to do about it
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem at(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    public static Problem at(String file, int line, int column, String message) {
        return new Problem(file, line, column, message);
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where + ": " + message;
    }
}
