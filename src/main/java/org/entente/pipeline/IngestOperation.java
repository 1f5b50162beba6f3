package org.entente.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.entente.input.InputException;
import org.entente.input.Problem;
import org.entente.article.ArticleSource;
import org.entente.article.Article;
import org.entente.claims.ClaimsJson;
import org.entente.extract.Extractor;
import org.entente.rdf.Ent;
import org.entente.rdf.Ontology;
import org.entente.store.KnowledgeStore;

/**
 * Reads many articles into the store: for each, its curated claims when the
 * data folder has them, else the claims the extractor finds; then the same
 * checks and SHACL validation as a build, and its graph replaced in the store.
 *
 * <p>Articles are worked on by a pool of threads in batches; one writer loads
 * each batch in a single transaction, so memory stays bounded by the batch and
 * re-ingesting replaces graphs rather than adding to them. An article that
 * fails (unreadable, empty, no date, claims that do not check) is reported with
 * its reason and skipped; the others load.
 */
public final class IngestOperation {
    private static final int BATCH = 32;
    /**
     * Write transactions after which an ingest ends with a compaction: each
     * one leaves the index blocks it replaced behind in the database files,
     * so a store grown by this many batches is mostly dead blocks.
     */
    static final int COMPACT_AFTER_BATCHES = 8;

    /** Told after every batch how far the ingest has come. */
    public interface Progress {
        void update(int done, int total, int failed);
    }

    private final ProjectLayout layout;
    private final Path claimsFolder;
    private final Path storeFolder;
    private final LocalDate fallbackDate;
    private final int threads;
    private final boolean compact;

    /**
     * @param dataFolder   gazetteer, lexicon and curated claims
     * @param storeFolder  the store to load into
     * @param fallbackDate publication date for articles without a metadata file, or null
     * @param threads      worker threads (at least 1)
     */
    public IngestOperation(Path dataFolder, Path storeFolder, LocalDate fallbackDate, int threads) {
        this(dataFolder, null, storeFolder, fallbackDate, threads, true);
    }

    /**
     * @param dataFolder   gazetteer, lexicon and, unless {@code claimsFolder} is given, curated claims
     * @param claimsFolder curated claims ({@code ID.json}), or null for those of the data folder
     * @param storeFolder  the store to load into
     * @param fallbackDate publication date for articles without a metadata file, or null
     * @param threads      worker threads (at least 1)
     * @param compact      whether an ingest of many batches ends by compacting the store
     */
    public IngestOperation(Path dataFolder, Path claimsFolder, Path storeFolder, LocalDate fallbackDate, int threads,
                           boolean compact) {
        if (threads < 1) {
            throw InputException.of("--threads", "needs at least 1 thread, got " + threads);
        }
        if (claimsFolder != null && !Files.isDirectory(claimsFolder)) {
            throw InputException.of(claimsFolder.toString(), "no such folder of claims");
        }
        this.layout = new ProjectLayout(dataFolder);
        this.claimsFolder = claimsFolder != null ? claimsFolder : layout.claims();
        this.storeFolder = storeFolder;
        this.fallbackDate = fallbackDate;
        this.threads = threads;
        this.compact = compact;
    }

    public IngestSummary run(List<ArticleSource> inputs, Extractor extractor, Progress progress) {
        long started = System.nanoTime();
        resetPeakHeap();
        Converter converter = new Converter(extractor.gazetteer());
        ExtractOperation extraction = new ExtractOperation(extractor, converter);
        List<IngestSummary.Failure> failures = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int curated = 0;
        int extracted = 0;
        int claims = 0;
        long triples = 0;
        int batches = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (KnowledgeStore store = KnowledgeStore.openForWriting(storeFolder)) {
            store.replaceGraphs(Map.of(Ent.ONTOLOGY, Ontology.ontology()));
            for (int from = 0; from < inputs.size(); from += BATCH) {
                List<ArticleSource> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                List<Future<Outcome>> work = new ArrayList<>();
                for (ArticleSource in : batch) {
                    String other = seen.putIfAbsent(in.id(), in.where());
                    work.add(other != null
                            ? CompletableFuture.completedFuture(
                                    Outcome.failed(in, "article id '" + in.id() + "' is also that of " + other))
                            : pool.submit(() -> process(in, extraction, converter)));
                }
                Map<String, Model> graphs = new LinkedHashMap<>();
                for (Future<Outcome> f : work) {
                    Outcome o = await(f);
                    if (o.failure() != null) {
                        failures.add(o.failure());
                        continue;
                    }
                    graphs.put(o.graph().graphName(), o.graph().graph());
                    claims += o.graph().claims();
                    triples += o.graph().graph().size();
                    if (o.curated()) {
                        curated++;
                    } else {
                        extracted++;
                    }
                }
                store.replaceGraphs(graphs);
                batches++;
                progress.update(Math.min(inputs.size(), from + BATCH), inputs.size(), failures.size());
            }
            long quads = store.quadCount();
            store.reindexLabels();
            KnowledgeStore.Compaction compaction = compact && batches >= COMPACT_AFTER_BATCHES ? store.compact() : null;
            return new IngestSummary(inputs.size(), curated, extracted, failures, claims, triples, quads,
                    store.sizeOnDisk(), compaction, Duration.ofNanos(System.nanoTime() - started), peakHeap());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One article's result: its graph, or why it failed. */
    private record Outcome(ArticleGraph graph, boolean curated, IngestSummary.Failure failure) {
        static Outcome failed(ArticleSource in, String reason) {
            return new Outcome(null, false, new IngestSummary.Failure(in.where(), reason));
        }
    }

    private Outcome process(ArticleSource in, ExtractOperation extraction, Converter converter) {
        try {
            Article article = in.read(fallbackDate);
            Path curatedFile = claimsFolder.resolve(in.id() + ".json");
            if (Files.exists(curatedFile)) {
                return new Outcome(converter.convert(article, ClaimsJson.read(curatedFile)), true, null);
            }
            return new Outcome(extraction.extract(article).graph(), false, null);
        } catch (InputException e) {
            Problem first = e.problems().get(0);
            String reason = first.file().equals(in.where()) && first.line() == 0 ? first.message() : first.toString();
            return Outcome.failed(in, reason
                    + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : ""));
        } catch (RuntimeException e) {
            return Outcome.failed(in, "internal error: " + e);
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ingesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an ingest worker failed", e.getCause());
        }
    }

    private static void resetPeakHeap() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
    }
}
