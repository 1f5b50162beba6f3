package org.entente.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.article.Corpus;
import org.entente.article.Manifest;
import org.entente.extract.Extractor;
import org.entente.pipeline.IngestOperation;
import org.entente.pipeline.IngestSummary;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = "Extract, convert, validate and load many articles; curated claims take precedence. "
        + "Articles that fail are named and skipped; the exit code is then 1. Stopped by Ctrl-C or SIGTERM, it says how far it got.")
final class IngestCommand implements Callable<Integer> {
    /** How long a signal waits for the batch being loaded before the process ends. */
    private static final long STOP_WAIT_SECONDS = 20;

    @ParentCommand
    EntenteCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Mixin
    DataOption dataOption;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles without a metadata file.")
    LocalDate date;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--claims", paramLabel = "DIR",
            description = "Folder of curated claims (ID.json), used instead of extraction for the articles it has. Default: DATA/claims")
    Path claims;

    @Option(names = "--no-compact", description = "Do not compact the store at the end of a large ingest.")
    boolean noCompact;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + IngestOperation.DEFAULT_ARTICLE_SECONDS,
            description = "Most time one article may take; an article still being read after it is skipped and named. Default: ${DEFAULT-VALUE}")
    double articleSeconds;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A manifest (TSV or CSV with file or id, date, title, url) for the folders given. "
                    + "Default: MANIFEST.tsv, manifest.tsv or manifest.csv in or beside each folder.")
    Path manifest;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Article text files (.txt), folders holding them, or JSON Lines corpus files (.jsonl, one article a line).")
    List<Path> paths;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: needs at least 1 thread, got " + threads);
        }
        if (!(articleSeconds > 0)) {
            throw new ParameterException(spec.commandLine(), "--article-timeout: must be more than zero seconds");
        }
        IngestOperation ingest = new IngestOperation(dataOption.data, claims, date, threads,
                Duration.ofMillis(Math.round(articleSeconds * 1000)), !noCompact);
        var inputs = Corpus.sources(paths, manifest);
        if (manifest == null) {
            paths.stream().filter(java.nio.file.Files::isDirectory).flatMap(p -> Manifest.passedOver(p).stream())
                    .distinct().forEach(note -> root.err.println("entente: " + note));
        }
        Extractor extractor = Extractor.load(dataOption.data);
        ProgressBar bar = new ProgressBar(root.err);
        CountDownLatch finished = new CountDownLatch(1);
        Thread onSignal = new Thread(() -> {
            ingest.stop();
            try {
                if (!finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    root.err.println("entente: stopped during a batch; " + bar.describe()
                            + "; earlier batches are in the store, the one being loaded is not");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "entente-ingest-stop");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try (KnowledgeStore kg = storeOption.openForWriting()) {
            IngestSummary s = ingest.run(kg, inputs, extractor, bar::update);
            bar.finish();
            report(s);
            return s.failures().isEmpty() && !s.stopped() ? ExitCode.OK : ExitCode.BAD_INPUT;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running: it waited for this.
            }
        }
    }

    private void report(IngestSummary s) {
        for (IngestSummary.Failure f : s.failures()) {
            root.err.println("entente: skipped " + f.article() + ": " + f.reason());
        }
        if (s.stopped()) {
            root.err.printf(Locale.ROOT, "entente: stopped by a signal after %d of %d article(s): those %d are done "
                    + "(%d loaded, %d skipped); the other %d were not read; ingest them again to finish%n",
                    s.done(), s.articles(), s.done(), s.loaded(), s.failures().size(), s.articles() - s.done());
        }
        double seconds = s.took().toMillis() / 1000.0;
        root.out.printf(Locale.ROOT, "ingested %d of %d article(s) into %s (%d curated, %d extracted, %d skipped): "
                        + "%d claims, %d triples, %d quads in store, %.1f s, %.1f articles/s, peak heap %d MB%n",
                s.loaded(), s.articles(), storeOption.store, s.curated(), s.extracted(), s.failures().size(), s.claims(),
                s.triples(), s.storeQuads(), seconds, s.loaded() / Math.max(seconds, 0.001), s.peakHeapBytes() >> 20);
        if (s.compaction() != null) {
            root.out.printf(Locale.ROOT, "compacted the store: %s before, %s after, %.1f s%n",
                    Sizes.megabytes(s.compaction().bytesBefore()), Sizes.megabytes(s.compaction().bytesAfter()),
                    s.compaction().took().toMillis() / 1000.0);
        } else {
            root.out.printf(Locale.ROOT, "store on disk: %s%n", Sizes.megabytes(s.storeBytes()));
        }
        root.out.flush();
    }
}
