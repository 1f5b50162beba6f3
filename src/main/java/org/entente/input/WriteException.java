package org.entente.input;

/**
 * An output could not be written: standard output was closed, a disk is
 * full, a folder is read-only. Not the input's fault and not a bug: the CLI
 * turns it into its own exit code and one line saying where and why. The
 * store, or a file being replaced, is left as it was.
 */
public final class WriteException extends RuntimeException {
    private final String where;

    public WriteException(String where, String message, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    /** What could not be written: a file, "standard output", a store folder. */
    public String where() {
        return where;
    }

    @Override
    public String toString() {
        return where + ": " + getMessage();
    }
}
