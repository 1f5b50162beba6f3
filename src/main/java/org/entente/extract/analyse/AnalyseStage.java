package org.entente.extract.analyse;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
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
    private final Function<Sentence, Analyser.Depth> depth;
    private final DateNormaliser dates = new DateNormaliser();

    /**
     * @param analyser the linguistic layer
     * @param depth    how far to analyse each sentence, from its tokens and lemmas
     */
    public AnalyseStage(Analyser analyser, Function<Sentence, Analyser.Depth> depth) {
        this.analyser = analyser;
        this.depth = depth;
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
        String readable = Typography.withoutOverlongWords(article.text());
        article.analysis(analyser.analyse(readable, depth));
        article.times(dates.normalise(Typography.plain(readable), article.published()));
    }
}
