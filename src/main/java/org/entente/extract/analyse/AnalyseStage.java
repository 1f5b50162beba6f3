package org.entente.extract.analyse;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.time.DateNormaliser;

/**
 * Gives an article its linguistic layer and its time expressions: every
 * sentence tokens, parts of speech and lemmas; the sentences that may hold an
 * event (as the caller's test says) a parse and named entities; and the date
 * expressions of the text, normalised against the publication date.
 */
public final class AnalyseStage implements Stage {
    private final Analyser analyser;
    private final Predicate<Sentence> mayHoldAnEvent;
    private final DateNormaliser dates = new DateNormaliser();

    public AnalyseStage(Analyser analyser, Predicate<Sentence> mayHoldAnEvent) {
        this.analyser = analyser;
        this.mayHoldAnEvent = mayHoldAnEvent;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.noneOf(Layer.class);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ANALYSIS, Layer.TIMES);
    }

    @Override
    public void run(ArticleWork article) {
        article.analysis(analyser.analyse(article.text(), mayHoldAnEvent));
        article.times(dates.normalise(Typography.plain(article.text()), article.published()));
    }
}
