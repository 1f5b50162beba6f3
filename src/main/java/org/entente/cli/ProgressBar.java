package org.entente.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a line every tenth
 * of the way otherwise (so logs stay readable).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int lastTenth = -1;
    private boolean drawn;
    private volatile String last = "no article done yet";

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    void update(int done, int total, int failed) {
        double seconds = (System.nanoTime() - started) / 1e9;
        String figures = String.format(Locale.ROOT, "%d/%d articles, %d skipped, %.1f/s", done, total, failed,
                done / Math.max(seconds, 0.001));
        last = String.format(Locale.ROOT, "%d of %d article(s) done, %d skipped", done, total, failed);
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + figures);
            err.flush();
            drawn = true;
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println("entente: " + figures);
            }
        }
    }

    /** How far the work has come, as of the last update. */
    String describe() {
        return last;
    }

    void finish() {
        if (drawn) {
            err.println();
        }
    }
}
