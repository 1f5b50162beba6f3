package org.entente.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code entente} command: a knowledge graph of diplomacy news. {@link Main} adds its subcommands. */
@Command(name = "entente",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        version = "entente 0.1.0",
        description = "Builds, checks, queries and exports a knowledge graph of diplomacy news claims.")
public final class EntenteCommand implements Runnable {
    final PrintStream out;
    final PrintStream err;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print stack traces for internal errors.")
    boolean verbose;

    EntenteCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(out);
    }
}
