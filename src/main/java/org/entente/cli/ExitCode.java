package org.entente.cli;

/**
 * The exit codes, the same for every command; {@link Main} maps failures to them.
 */
public final class ExitCode {
    /** Success. */
    public static final int OK = 0;
    /** Bad input: a file, folder, store or remote store that is missing, malformed or refuses. */
    public static final int BAD_INPUT = 1;
    /** Bad command line: an unknown option, a value out of range, options that do not fit together. */
    public static final int USAGE = 2;
    /** An internal error: a bug. */
    public static final int INTERNAL = 3;
    /** An output or the store could not be written: standard output closed, a full disk. */
    public static final int CANNOT_WRITE = 4;

    private ExitCode() {
    }
}
