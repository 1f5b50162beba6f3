package org.entente.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
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
 * its reason and skipped; the others load. So is an article still being worked
 * on when its time budget has passed: its worker is abandoned (left to end in
 * the background) and another takes its place. {@link #stop} ends the ingest
 * after the batch being loaded; what was loaded stays.
 */
public final class IngestOperation {
    private static final int BATCH = 32;
    /**
     * Write transactions after which an ingest ends with a compaction: each
     * one leaves the index blocks it replaced behind in the database files,
     * so a store grown by this many batches is mostly dead blocks.
     */
    static final int COMPACT_AFTER_BATCHES = 8;
    /** How long one article may take unless told otherwise. */
    public static final int DEFAULT_ARTICLE_SECONDS = 60;

    /** Told after every batch how far the ingest has come. */
    public interface Progress {
        void update(int done, int total, int failed);
    }

    private final ProjectLayout layout;
    private final Path claimsFolder;
    private final LocalDate fallbackDate;
    private final int threads;
    private final Duration budget;
    private final boolean compact;
    private volatile boolean stopRequested;

    /**
     * @param dataFolder   gazetteer, lexicon and curated claims
     * @param fallbackDate publication date for articles without a metadata file, or null
     * @param threads      worker threads (at least 1)
     * @param budget       the most time one article may take
     */
    public IngestOperation(Path dataFolder, LocalDate fallbackDate, int threads, Duration budget) {
        this(dataFolder, null, fallbackDate, threads, budget, true);
    }

    /**
     * @param dataFolder   gazetteer, lexicon and, unless {@code claimsFolder} is given, curated claims
     * @param claimsFolder curated claims ({@code ID.json}), or null for those of the data folder
     * @param fallbackDate publication date for articles without a metadata file, or null
     * @param threads      worker threads (at least 1)
     * @param budget       the most time one article may take
     * @param compact      whether an ingest of many batches ends by compacting the store
     */
    public IngestOperation(Path dataFolder, Path claimsFolder, LocalDate fallbackDate, int threads, Duration budget,
                           boolean compact) {
        if (threads < 1) {
            throw new IllegalArgumentException("needs at least 1 thread, got " + threads);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget of an article must be more than zero");
        }
        if (claimsFolder != null && !Files.isDirectory(claimsFolder)) {
            throw InputException.of(claimsFolder.toString(), "no such folder of claims");
        }
        this.layout = new ProjectLayout(dataFolder);
        this.claimsFolder = claimsFolder != null ? claimsFolder : layout.claims();
        this.fallbackDate = fallbackDate;
        this.threads = threads;
        this.budget = budget;
        this.compact = compact;
    }

    /** Asks a running ingest to stop after the batch it is loading; its summary then says it was stopped. */
    public void stop() {
        stopRequested = true;
    }

    /** Ingests the inputs into the store, which stays the caller's to close. */
    public IngestSummary run(KnowledgeStore store, List<ArticleSource> inputs, Extractor extractor, Progress progress) {
        long started = System.nanoTime();
        HeapWatch heap = new HeapWatch();
        Converter converter = new Converter(extractor.gazetteer());
        ExtractOperation extraction = new ExtractOperation(extractor, converter);
        List<IngestSummary.Failure> failures = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        int curated = 0;
        int extracted = 0;
        int claims = 0;
        long triples = 0;
        int batches = 0;
        int done = 0;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "entente-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            store.replaceGraphs(Map.of(Ent.ONTOLOGY, Ontology.ontology()));
            for (int from = 0; from < inputs.size() && !stopRequested; from += BATCH) {
                List<ArticleSource> batch = inputs.subList(from, Math.min(inputs.size(), from + BATCH));
                List<Work> work = new ArrayList<>();
                for (ArticleSource in : batch) {
                    String other = seen.putIfAbsent(in.id(), in.where());
                    work.add(other != null
                            ? Work.done(Outcome.failed(in, "article id '" + in.id() + "' is also that of " + other))
                            : Work.submit(pool, in, () -> process(in, extraction, converter)));
                }
                Map<String, Model> graphs = new LinkedHashMap<>();
                for (Work w : work) {
                    Outcome o = w.await(budget, pool);
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
                done = from + batch.size();
                progress.update(done, inputs.size(), failures.size());
            }
            long quads = store.quadCount();
            store.reindexLabels();
            KnowledgeStore.Compaction compaction = compact && batches >= COMPACT_AFTER_BATCHES ? store.compact() : null;
            return new IngestSummary(inputs.size(), done, curated, extracted, failures, claims, triples, quads,
                    store.sizeOnDisk(), compaction, Duration.ofNanos(System.nanoTime() - started), heap.peakBytes(),
                    done < inputs.size());
        } finally {
            pool.shutdownNow();
            heap.close();
        }
    }

    /** One article being worked on: when its worker started, and its result to come. */
    private static final class Work {
        private final ArticleSource in;
        private final Future<Outcome> result;
        private final AtomicLong startedAt;

        private Work(ArticleSource in, Future<Outcome> result, AtomicLong startedAt) {
            this.in = in;
            this.result = result;
            this.startedAt = startedAt;
        }

        static Work done(Outcome outcome) {
            return new Work(null, CompletableFuture.completedFuture(outcome), new AtomicLong());
        }

        static Work submit(ExecutorService pool, ArticleSource in, Callable<Outcome> task) {
            AtomicLong startedAt = new AtomicLong();
            Future<Outcome> f = pool.submit(() -> {
                startedAt.set(System.nanoTime());
                return task.call();
            });
            return new Work(in, f, startedAt);
        }

        /**
         * The outcome, or a failure once the article has been worked on for longer
         * than the budget; its worker is then replaced, so the pool keeps its size.
         */
        Outcome await(Duration budget, ThreadPoolExecutor pool) {
            long limit = budget.toNanos();
            while (true) {
                long started = startedAt.get();
                long wait = started == 0 ? limit : started + limit - System.nanoTime();
                try {
                    return result.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    if (startedAt.get() != 0 && System.nanoTime() - startedAt.get() >= limit) {
                        result.cancel(true);
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return Outcome.failed(in, "took longer than " + (budget.toMillis() < 1000 ? budget.toMillis() + " ms"
                                : budget.toMillis() / 1000.0 + " s") + ", the time budget of an article (--article-timeout)");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while ingesting", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("an ingest worker failed", e.getCause());
                }
            }
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

}
