package org.entente.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        for (Object command : List.of(new BuildCommand(), new QueryCommand(), new QuestionsCommand(), new ExportCommand(),
                new ValidateCommand(), new ServeCommand(), new LoadCommand(), new CompactCommand(), new ExtractCommand(),
                new IngestCommand(), new EvaluateCommand(), new BenchDatesCommand(), new BenchExtractCommand(),
                new BenchCorpusCommand(), new BenchQueriesCommand())) {
            cl.addSubcommand(command);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((e, arguments) -> {
            err.println("entente: " + e.getMessage() + " (" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help lists the options)");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputException input) {
                for (Problem p : input.problems()) {
                    err.println("entente: " + p);
                }
                return ExitCode.BAD_INPUT;
            }
            if (e instanceof WriteException write) {
                err.println("entente: " + write);
                return ExitCode.CANNOT_WRITE;
            }
            err.println("entente: internal error: " + e + (root.verbose ? "" : " (run with -v for details)"));
            if (root.verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INTERNAL;
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
            return ExitCode.INTERNAL;
        }
        out.flush();
        if (out.checkError() && code != ExitCode.CANNOT_WRITE) {
            err.println("entente: standard output: cannot write: closed, or its disk is full");
            return ExitCode.CANNOT_WRITE;
        }
        return code;
    }
}
