package org.entente.cli;

import java.util.Locale;

/** Sizes on disk as the commands print them. */
final class Sizes {
    private Sizes() {
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
