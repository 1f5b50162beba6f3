package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.bench.QueryBenchmark;
import org.entente.bench.QueryStores;
import org.entente.bench.ScaleCorpus;
import org.entente.input.Folders;
import org.entente.input.InputException;
import org.entente.query.CompetencyQuestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-queries", description = "Time each competency question (p50, p95) on a store against the same "
        + "question on the one-article store built from the data folder, in the same run.")
final class BenchQueriesCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Option(names = "--store", paramLabel = "DIR", description = "The store to measure; without it one of --articles is built.")
    Path store;

    @Option(names = "--articles", defaultValue = "2500", paramLabel = "N",
            description = "Without --store: articles of the store built (bench-corpus from the texts given). Default: ${DEFAULT-VALUE}")
    int articles;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of competency questions. Default: those shipped with entente")
    Path queries;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs per question and store. Default: ${DEFAULT-VALUE}")
    int runs;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Without --store: folders of article texts for the store built.")
    List<Path> texts = List.of();

    @Override
    public Integer call() throws IOException {
        Path scratch = Files.createTempDirectory("entente-bench-queries");
        try {
            Path baselineStore = scratch.resolve("one-article");
            QueryStores.buildSeed(dataOption.data, baselineStore);
            Path measured = store;
            if (measured == null) {
                if (texts.isEmpty() && articles > 1) {
                    throw InputException.of("bench-queries", "give --store DIR, or folders of article texts to build one from");
                }
                ScaleCorpus.Written corpus = new ScaleCorpus(dataOption.data, texts).write(articles, scratch.resolve("corpus"));
                measured = scratch.resolve("store");
                root.err.printf(Locale.ROOT, "entente: building a store of %d articles in %s%n", articles, measured);
                QueryStores.ingestCorpus(dataOption.data, corpus, measured);
            }
            var questions = queries != null ? CompetencyQuestions.read(queries) : CompetencyQuestions.readFromClassPath();
            var timings = QueryStores.time(questions, measured, baselineStore, runs);
            root.out.printf(Locale.ROOT, "%-22s %8s %9s %9s %9s %9s %9s%n",
                    "question", "rows", "p50 ms", "p95 ms", "1-art p50", "1-art p95", "p50 ratio");
            for (QueryBenchmark.Timing t : timings) {
                root.out.printf(Locale.ROOT, "%-22s %8d %9.2f %9.2f %9.2f %9.2f %9.2f%n", t.question(), t.rows(),
                        t.p50Millis(), t.p95Millis(), t.baselineP50Millis(), t.baselineP95Millis(), t.p50Ratio());
            }
        } finally {
            Folders.deleteAll(scratch);
        }
        return ExitCode.OK;
    }
}
