package org.entente.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.extract.Extractor;
import org.entente.article.Corpus;
import org.entente.pipeline.IngestOperation;
import org.entente.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", description = "Extract, convert, validate and load many articles; curated claims take precedence. Articles that fail are named and skipped; the exit code is then 1.")
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

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

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "A manifest (TSV or CSV with file or id, date, title, url) for the folders given. "
                    + "Default: MANIFEST.tsv, manifest.tsv or manifest.csv in or beside each folder.")
    Path manifest;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE",
            description = "Article text files (.txt), folders holding them, or JSON Lines corpus files (.jsonl, one article a line).")
    List<Path> paths;

    @Override
    public Integer call() {
        IngestOperation ingest = new IngestOperation(dataOption.data, claims, storeOption.store, date, threads, !noCompact);
        var inputs = Corpus.sources(paths, manifest);
        ProgressBar bar = new ProgressBar(root.err);
        IngestSummary s = ingest.run(inputs, Extractor.load(dataOption.data), bar::update);
        bar.finish();
        for (IngestSummary.Failure f : s.failures()) {
            root.err.println("entente: skipped " + f.article() + ": " + f.reason());
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
        return s.failures().isEmpty() ? Main.OK : Main.BAD_INPUT;
    }
}
