package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.bench.ExtractionBenchmark;
import org.entente.bench.ExtractionBenchmark.Figures;
import org.entente.article.Corpus;
import org.entente.extract.analyse.AnalyseStage;
import org.entente.extract.analyse.Analyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-extract", description = "Measure extraction and ingest speed on a folder of articles against the floor of CoreNLP's own pipeline (tokens, parts of speech, lemmas, named entities and a parse of every sentence).")
final class BenchExtractCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption dataOption;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Publication date for articles without a metadata file.")
    LocalDate date;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to measure. Default: ${DEFAULT-VALUE}")
    List<Integer> threads;

    @Option(names = "--rounds", defaultValue = "3", description = "How many times the floor and extraction are timed, in turn; "
            + "the figures are the medians. Default: ${DEFAULT-VALUE}")
    int rounds;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (threads.stream().anyMatch(t -> t < 1)) {
            throw new ParameterException(spec.commandLine(), "--threads: every thread count must be at least 1, got " + threads);
        }
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds: must be at least 1, got " + rounds);
        }
        var inputs = Corpus.sources(paths, null);
        Path scratch = Files.createTempDirectory("entente-bench");
        var result = new ExtractionBenchmark(dataOption.data, scratch).run(inputs, date, threads, rounds);
        Files.deleteIfExists(scratch);
        double floor1 = result.find("corenlp", threads.get(0)).tokensPerSecond();
        root.out.printf(Locale.ROOT, "%-8s %7s %8s %9s %9s %11s %12s%n",
                "stage", "threads", "articles", "seconds", "art/s", "tokens/s", "vs floor@" + threads.get(0));
        for (String stage : List.of("corenlp", "extract", "ingest")) {
            for (int t : threads) {
                Figures f = result.find(stage, t);
                root.out.printf(Locale.ROOT, "%-8s %7d %8d %9.2f %9.1f %11.0f %12.2f%n", f.stage(), f.threads(), f.articles(),
                        f.seconds(), f.articlesPerSecond(), f.tokensPerSecond(), f.tokensPerSecond() / floor1);
            }
        }
        root.out.printf(Locale.ROOT, "(corenlp and extract: the median of %d rounds, timed in turn; ingest: one run)%n", rounds);
        for (int t : threads) {
            root.out.printf(Locale.ROOT, "extract@%d / corenlp@%d = %.2f (median; rounds %s)%n", t, t, result.ratio(t),
                    String.join(", ", result.roundRatios().get(t).stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
        }
        double all = result.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        var n = result.analysed();
        root.out.printf(Locale.ROOT, "sentences in the first round's extract runs: %d; parsed %d (%.1f%%), with named entities %d (%.1f%%)%n",
                n.sentences(), n.parsed(), n.sentences() > 0 ? 100.0 * n.parsed() / n.sentences() : 0,
                n.named(), n.sentences() > 0 ? 100.0 * n.named() / n.sentences() : 0);
        root.out.println("where extraction's time went (thread-seconds over the first round's extract runs):");
        result.stageSeconds().forEach((stage, sec) -> root.out.printf(Locale.ROOT, "  %-16s %8.2f s %5.1f%%%n",
                stage, sec, all > 0 ? 100 * sec / all : 0));
        double cheap = n.cheapNanos() / 1e9;
        double naming = n.namedNanos() / 1e9;
        double parsing = n.parsedNanos() / 1e9;
        double analysis = result.stageSeconds().getOrDefault(AnalyseStage.class.getSimpleName(), 0.0);
        root.out.printf(Locale.ROOT, "  in %s: %s and choosing what to parse %.2f s, ner %.2f s, depparse and repairs %.2f s, "
                + "dates and the rest %.2f s%n", AnalyseStage.class.getSimpleName(), Analyser.CHEAP, cheap, naming, parsing,
                analysis - cheap - naming - parsing);
        root.out.printf(Locale.ROOT, "%d article(s) unreadable and skipped; peak heap during ingest %d MB%n",
                result.skipped(), result.peakHeapMb());
        return ExitCode.OK;
    }
}
