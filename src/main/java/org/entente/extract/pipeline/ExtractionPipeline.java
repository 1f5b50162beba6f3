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
            s.run(article);
            article.done(s.provides());
        }
    }

    public List<Stage> stages() {
        return stages;
    }
}
