package org.entente.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.input.WriteException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Entry point, and the one place that turns failures into exit codes:
 * 0 success; 1 bad input (a message per problem, no stack trace); 2 bad
 * command line (a message and where to find the usage); 3 internal error
 * (stack trace with {@code -v}); 4 an output or the store could not be
 * written (disk full, standard output closed). A run whose standard output
 * failed is not a success, whatever the command returned.
 */
public final class Main {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    public static final int CANNOT_WRITE = 4;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err));
    }

    /** Runs a command line and returns its exit code; only {@link #main} exits. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        EntenteCommand root = new EntenteCommand(out, err);
        CommandLine cl = new CommandLine(root);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((e, arguments) -> {
            err.println("entente: " + e.getMessage() + " (" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help lists the options)");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException input) {
                for (Problem p : input.problems()) {
                    err.println("entente: " + p);
                }
                return BAD_INPUT;
            }
            if (e instanceof WriteException write) {
                err.println("entente: " + write);
                return CANNOT_WRITE;
            }
            err.println("entente: internal error: " + e + (root.verbose ? "" : " (run with -v for details)"));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (Error e) {
            // What picocli does not hand to the handler above: the JVM's own errors.
            err.println("entente: internal error: " + e + (root.verbose ? "" : " (run with -v for details)"));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
        out.flush();
        if (out.checkError() && code != CANNOT_WRITE) {
            err.println("entente: standard output: cannot write: closed, or its disk is full");
            return CANNOT_WRITE;
        }
        return code;
    }
}
