package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option: the folder with articles/, claims/, gazetteer/ and lexicon/. */
final class DataOption {
    @Option(names = "--data", defaultValue = "data",
            description = "Data folder (articles/, claims/, gazetteer/, lexicon/). Default: ${DEFAULT-VALUE}")
    Path data;
}
