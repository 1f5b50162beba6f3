package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option every command that reads or writes the store shares. */
final class StoreOption {
    @Option(names = "--store", defaultValue = "store", description = "TDB2 store folder. Default: ${DEFAULT-VALUE}")
    Path store;
}
