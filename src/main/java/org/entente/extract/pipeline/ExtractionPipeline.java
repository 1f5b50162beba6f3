package org.entente.extract.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Stages in data-flow order, checked when built: each stage's required layers
 * are provided by the stages before it, and no layer is provided twice.
 */
public final class ExtractionPipeline {
    private final List<Stage> stages;
    /** Nanoseconds spent in each stage, over every article run, for the benchmark to report. */
    private final java.util.Map<String, java.util.concurrent.atomic.LongAdder> nanos = new java.util.concurrent.ConcurrentHashMap<>();

    public ExtractionPipeline(List<Stage> stages) {
        Set<Layer> provided = EnumSet.noneOf(Layer.class);
        for (Stage s : stages) {
            for (Layer l : s.requires()) {
                if (!provided.contains(l)) {
                    throw new IllegalArgumentException(s.getClass().getSimpleName() + " requires " + l
                            + ", which no stage before it provides");
                }
            }
            for (Layer l : s.provides()) {
                if (!provided.add(l)) {
                    throw new IllegalArgumentException(l + " is provided twice, the second time by "
                            + s.getClass().getSimpleName());
                }
            }
        }
        this.stages = List.copyOf(stages);
    }

    /** Runs every stage on the article, in order. */
    public void run(ArticleWork article) {
        for (Stage s : stages) {
            long start = System.nanoTime();
            s.run(article);
            article.done(s.provides());
            nanos.computeIfAbsent(s.getClass().getSimpleName(), k -> new java.util.concurrent.atomic.LongAdder())
                    .add(System.nanoTime() - start);
        }
    }

    /** Seconds spent in each stage so far, in stage order. */
    public java.util.Map<String, Double> seconds() {
        java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
        for (Stage s : stages) {
            var adder = nanos.get(s.getClass().getSimpleName());
            out.put(s.getClass().getSimpleName(), adder == null ? 0 : adder.sum() / 1e9);
        }
        return out;
    }

    public List<Stage> stages() {
        return stages;
    }
}
