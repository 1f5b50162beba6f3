package org.entente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.entente.input.InputException;
import org.entente.input.Problem;
import picocli.CommandLine;

/**
 * Entry point. The one place that turns failures into exit codes: 0 success,
 * 1 bad input (message per problem, no stack trace), 2 bad command line,
 * 3 internal error (stack trace with {@code -v}).
 */
public final class Main {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command line and returns its exit code; only {@link #main} exits. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        EntenteCommand root = new EntenteCommand(out, err);
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException input) {
                for (Problem p : input.problems()) {
                    err.println("entente: " + p);
                }
                return BAD_INPUT;
            }
            err.println("entente: internal error: " + e + (root.verbose ? "" : " (run with -v for details)"));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        return cl.execute(args);
    }
}
