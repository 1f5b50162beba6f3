package org.entente.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToIntFunction;
import org.entente.input.Folders;
import org.entente.input.InputException;
import org.entente.article.Article;
import org.entente.article.ArticleSource;
import org.entente.extract.Extractor;
import org.entente.extract.analyse.Analyser;
import org.entente.pipeline.IngestOperation;
import org.entente.pipeline.IngestSummary;
import org.entente.store.KnowledgeStore;

/**
 * Measures extraction speed on a folder of articles, beside a floor measured
 * in the same run on the same text: CoreNLP's own pipeline run on every
 * sentence (tokens, parts of speech, lemmas, named entities, dependency
 * parse), which is what reading an article costs without choosing which
 * sentences deserve a parse. Reports articles/s and
 * tokens/s for the floor, for extraction alone and for a whole ingest
 * (extract, check, SHACL, load into a scratch store), each at every thread
 * count asked for. The machine may be noisy: compare the ratios, not the
 * absolute figures.
 */
public final class ExtractionBenchmark {
    private final Path data;
    private final Path scratch;

    /**
     * @param data    the data folder the extractor loads (gazetteer, lexicon)
     * @param scratch a folder for the scratch stores of the ingest runs
     */
    public ExtractionBenchmark(Path data, Path scratch) {
        this.data = data;
        this.scratch = scratch;
    }

    /** One measurement. */
    public record Figures(String stage, int threads, int articles, long tokens, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /**
     * @param figures      every measurement, in the order taken
     * @param skipped      articles that could not be read
     * @param peakHeapMb   the largest peak heap an ingest run reported
     * @param analysed     sentences analysed, parsed and named, and the time each pass took, over the first round's
     *                     extraction runs
     * @param stageSeconds seconds each extraction stage took over the first round's extraction runs, all threads summed
     * @param roundRatios  for each thread count, the floor's time over extraction's, one per round
     */
    public record Result(List<Figures> figures, int skipped, long peakHeapMb, Analyser.Counts analysed, Map<String, Double> stageSeconds,
            Map<Integer, List<Double>> roundRatios) {
        /** A stage at a thread count, its seconds the median of its rounds. */
        public Figures find(String stage, int threads) {
            List<Figures> rounds = figures.stream().filter(f -> f.stage().equals(stage) && f.threads() == threads).toList();
            if (rounds.isEmpty()) {
                throw new java.util.NoSuchElementException(stage + " at " + threads + " threads");
            }
            Figures first = rounds.get(0);
            return new Figures(stage, threads, first.articles(), first.tokens(), median(rounds.stream().map(Figures::seconds).toList()));
        }

        /** The median of a thread count's per-round ratios of floor to extraction. */
        public double ratio(int threads) {
            return median(roundRatios.get(threads));
        }
    }

    /** The middle value, or the mean of the two middle values. */
    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * @param rounds how many times to time the floor and extraction, in turn
     *               (floor, then extraction, at each thread count, each round):
     *               a machine that slows down or speeds up during the run then
     *               weighs on both alike
     */
    public Result run(List<ArticleSource> inputs, LocalDate date, List<Integer> threadCounts, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        Extractor extractor = Extractor.load(data);
        List<Article> articles = new ArrayList<>();
        int skipped = 0;
        for (ArticleSource in : inputs) {
            try {
                articles.add(in.read(date));
            } catch (InputException e) {
                skipped++;
            }
        }
        if (articles.isEmpty()) {
            throw InputException.of("benchmark", "no readable articles");
        }
        List<Article> warmUp = articles.subList(0, Math.min(100, articles.size()));
        time(warmUp, 1, a -> extractor.analyser().analyseAll(a.text()).tokens());
        time(warmUp, 1, a -> extract(extractor, a));

        List<Figures> figures = new ArrayList<>();
        Map<Integer, List<Double>> ratios = new LinkedHashMap<>();
        long tokens = 0;
        Map<String, Double> stages = new LinkedHashMap<>();
        Analyser.Counts analysed = null;
        for (int round = 0; round < rounds; round++) {
            for (int threads : threadCounts) {
                Timed floor = time(articles, threads, a -> extractor.analyser().analyseAll(a.text()).tokens());
                tokens = floor.sum;
                figures.add(new Figures("corenlp", threads, articles.size(), tokens, floor.seconds));
                Map<String, Double> before = extractor.stageSeconds();
                Analyser.Counts countsBefore = extractor.analyser().counts();
                Timed extract = time(articles, threads, a -> extract(extractor, a));
                figures.add(new Figures("extract", threads, articles.size(), tokens, extract.seconds));
                ratios.computeIfAbsent(threads, t -> new ArrayList<>()).add(floor.seconds / extract.seconds);
                if (round == 0) {
                    // where the time goes, from the first round's extraction runs
                    Analyser.Counts done = extractor.analyser().counts().since(countsBefore);
                    analysed = analysed == null ? done : analysed.plus(done);
                    extractor.stageSeconds().forEach((stage, total) -> stages.merge(stage, total - before.getOrDefault(stage, 0.0), Double::sum));
                }
            }
        }
        long peak = 0;
        for (int threads : threadCounts) {
            Path store = scratch.resolve("ingest-" + threads + "-threads");
            Folders.deleteAll(store);
            IngestSummary s;
            try (KnowledgeStore kg = KnowledgeStore.openForWriting(store)) {
                s = new IngestOperation(data, date, threads, Duration.ofSeconds(IngestOperation.DEFAULT_ARTICLE_SECONDS))
                        .run(kg, inputs, extractor, (d, t, f) -> { });
            }
            figures.add(new Figures("ingest", threads, s.loaded(), tokens * s.loaded() / articles.size(),
                    s.took().toNanos() / 1e9));
            peak = Math.max(peak, s.peakHeapBytes() >> 20);
            Folders.deleteAll(store);
        }
        return new Result(figures, skipped, peak, analysed, stages, ratios);
    }

    private static int extract(Extractor extractor, Article a) {
        return extractor.extract(a.id(), a.text(), a.metadata().published()).claims().size();
    }

    private record Timed(long sum, double seconds) {
    }

    /** Runs the work over every article with a pool of threads, timing the whole. */
    private static Timed time(List<Article> articles, int threads, ToIntFunction<Article> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (Article a : articles) {
                results.add(pool.submit(() -> work.applyAsInt(a)));
            }
            long sum = 0;
            for (Future<Integer> f : results) {
                sum += f.get();
            }
            return new Timed(sum, (System.nanoTime() - started) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark work failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
