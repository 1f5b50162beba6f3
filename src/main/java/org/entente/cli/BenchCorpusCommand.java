package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.bench.ScaleCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-corpus", description = "Write a corpus of N articles for measuring the store: the seed with its "
        + "curated claims, then the texts given, copied under new ids as needed, each with a few synthetic claims.")
final class BenchCorpusCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Mixin
    DataOption dataOption;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    int articles;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where to write articles.jsonl and claims/.")
    Path out;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders of article texts (with manifests) to take in turn.")
    List<Path> texts = List.of();

    @Override
    public Integer call() {
        ScaleCorpus.Written w = new ScaleCorpus(dataOption.data, texts).write(articles, out);
        root.out.printf(Locale.ROOT, "wrote %d article(s) with %d synthetic claims: %s and %s%n",
                w.count(), w.claimCount(), w.articles(), w.claims());
        return ExitCode.OK;
    }
}
