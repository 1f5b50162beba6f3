package org.entente.pipeline;

import java.time.Duration;
import java.util.List;
import org.entente.store.KnowledgeStore;

/**
 * What an ingest did.
 *
 * @param articles      articles found in the inputs
 * @param done          articles worked on (all of them unless the ingest was stopped)
 * @param curated       loaded from curated claims, which take precedence
 * @param extracted     loaded from extracted claims
 * @param failures      articles skipped, each with the reason
 * @param claims        claims loaded
 * @param triples       triples in the graphs written
 * @param storeQuads    quads in the whole store afterwards
 * @param storeBytes    bytes the store holds on disk afterwards
 * @param compaction    the compaction the ingest ended with, or null when it needed none
 * @param took          wall-clock time
 * @param peakHeapBytes the most heap in use at one moment during the run: just before a collection, or at its start or end
 * @param stopped       whether the ingest was stopped before the end
 */
public record IngestSummary(int articles, int done, int curated, int extracted, List<Failure> failures, int claims,
                            long triples, long storeQuads, long storeBytes, KnowledgeStore.Compaction compaction,
                            Duration took, long peakHeapBytes, boolean stopped) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** An article that could not be ingested, and why. */
    public record Failure(String article, String reason) {
    }

    public int loaded() {
        return curated + extracted;
    }
}
