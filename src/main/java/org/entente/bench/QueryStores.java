package org.entente.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.article.Corpus;
import org.entente.extract.Extractor;
import org.entente.pipeline.BuildOperation;
import org.entente.pipeline.IngestOperation;
import org.entente.query.CompetencyQuestion;
import org.entente.store.KnowledgeStore;

/**
 * The stores {@code bench-queries} times the competency questions on: the
 * one-article store of the data folder, as a baseline, and a large one, given
 * or built from a written corpus.
 */
public final class QueryStores {
    private QueryStores() {
    }

    /** Builds the data folder's curated articles into a new store folder. */
    public static void buildSeed(Path data, Path folder) {
        BuildOperation.Checked seed = new BuildOperation(data).check();
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(folder)) {
            seed.loadInto(kg);
        }
    }

    /** Ingests a written corpus, with its synthetic claims, into a new store folder. */
    public static void ingestCorpus(Path data, ScaleCorpus.Written corpus, Path folder) {
        try (KnowledgeStore kg = KnowledgeStore.openForWriting(folder)) {
            new IngestOperation(data, corpus.claims(), null, 2, Duration.ofSeconds(IngestOperation.DEFAULT_ARTICLE_SECONDS), true)
                    .run(kg, Corpus.sources(List.of(corpus.articles()), null), Extractor.load(data), (d, t, f) -> { });
        }
    }

    /** Times every question on the measured store against the baseline. */
    public static List<QueryBenchmark.Timing> time(List<CompetencyQuestion> questions, Path measured, Path baseline, int runs) {
        try (KnowledgeStore big = KnowledgeStore.openExisting(measured);
             KnowledgeStore one = KnowledgeStore.openExisting(baseline)) {
            return new QueryBenchmark(5, runs).run(questions, big, one);
        }
    }
}
