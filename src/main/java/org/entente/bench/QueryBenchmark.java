package org.entente.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.entente.input.TextFile;
import org.entente.query.CompetencyQuestion;
import org.entente.query.QueryRunner;
import org.entente.store.KnowledgeStore;

/**
 * Times each competency question on a store against the same question on a
 * baseline store (the one-article store), in the same run: runs alternate
 * between the two stores, question by question, after a warm-up, so drift in
 * the machine's speed falls on both. Each run reads every row of the answer.
 */
public final class QueryBenchmark {
    private final int warmups;
    private final int runs;

    /**
     * @param warmups untimed runs of each question on each store first
     * @param runs    timed runs of each question on each store
     */
    public QueryBenchmark(int warmups, int runs) {
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("needs at least one run");
        }
        this.warmups = warmups;
        this.runs = runs;
    }

    /** One question's figures on the store measured and on the baseline. */
    public record Timing(String question, long rows, double p50Millis, double p95Millis,
                         long baselineRows, double baselineP50Millis, double baselineP95Millis) {
        public double p50Ratio() {
            return p50Millis / baselineP50Millis;
        }
    }

    public List<Timing> run(List<CompetencyQuestion> questions, KnowledgeStore store, KnowledgeStore baseline) {
        QueryRunner measured = new QueryRunner(store);
        QueryRunner base = new QueryRunner(baseline);
        List<Timing> timings = new ArrayList<>();
        for (CompetencyQuestion q : questions) {
            Query query = QueryRunner.parse(TextFile.read(q.query(), "query"), q.query().toString());
            long rows = 0;
            long baseRows = 0;
            for (int i = 0; i < warmups; i++) {
                rows = measured.select(query).size();
                baseRows = base.select(query).size();
            }
            double[] times = new double[runs];
            double[] baseTimes = new double[runs];
            for (int i = 0; i < runs; i++) {
                baseTimes[i] = timed(base, query);
                times[i] = timed(measured, query);
            }
            timings.add(new Timing(q.name(), rows, percentile(times, 50), percentile(times, 95),
                    baseRows, percentile(baseTimes, 50), percentile(baseTimes, 95)));
        }
        return timings;
    }

    private static double timed(QueryRunner runner, Query query) {
        long started = System.nanoTime();
        ResultSetRewindable rows = runner.select(query);
        rows.size();
        return (System.nanoTime() - started) / 1e6;
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
