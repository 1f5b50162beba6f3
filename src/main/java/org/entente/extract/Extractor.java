package org.entente.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.entente.claims.ClaimSet;
import org.entente.extract.actors.ActorStage;
import org.entente.extract.actors.NameIndex;
import org.entente.extract.analyse.AnalyseStage;
import org.entente.extract.analyse.Analyser;
import org.entente.extract.assemble.AssembleStage;
import org.entente.extract.events.EventCues;
import org.entente.extract.events.EventLexicon;
import org.entente.extract.events.EventStage;
import org.entente.extract.factuality.FactualityStage;
import org.entente.extract.pipeline.ArticleWork;
import org.entente.extract.pipeline.ExtractionPipeline;
import org.entente.extract.pipeline.Language;
import org.entente.extract.roles.LinkStage;
import org.entente.extract.roles.RoleStage;
import org.entente.gazetteer.Gazetteer;
import org.entente.input.InputException;

/**
 * Reads the claims an English news article makes: who did what to whom,
 * when, on whose word and how firmly, as a {@link ClaimSet} in the same form as
 * curated claims. A pipeline of stages over one article: analyse (CoreNLP),
 * actors, events, roles, links, factuality and time, claims.
 *
 * <p>Everything it needs is loaded once by {@link #load}: the CoreNLP models,
 * the gazetteer and the lexicons of a data folder. After that an extractor is
 * immutable, and {@link #extract} may be called from many threads at once.
 */
public final class Extractor {
    /** The extractor's version, written into every claim set it produces. */
    public static final String VERSION = "0.2.0";
    /** The {@code producedBy} value of extracted claim sets. */
    public static final String PRODUCED_BY = "entente-extract " + VERSION;

    private final Gazetteer gazetteer;
    private final Analyser analyser;
    private final ExtractionPipeline pipeline;

    private Extractor(Gazetteer gazetteer, EventLexicon events, Language language, Analyser analyser) {
        this.gazetteer = gazetteer;
        this.analyser = analyser;
        NameIndex names = new NameIndex(gazetteer);
        this.pipeline = new ExtractionPipeline(List.of(
                new AnalyseStage(analyser, new EventCues(events, language, names)),
                new ActorStage(gazetteer, names, language),
                new EventStage(events, language, gazetteer),
                new RoleStage(gazetteer, language),
                new LinkStage(language, gazetteer),
                new FactualityStage(language, gazetteer),
                new AssembleStage(gazetteer, language, PRODUCED_BY)));
    }

    /**
     * Loads the models and the data an extractor needs: {@code DATA/gazetteer/*.json},
     * {@code DATA/lexicon/events.json} and {@code DATA/lexicon/language.json}.
     *
     * @throws InputException when a data file is missing or malformed
     */
    public static Extractor load(Path data) {
        Objects.requireNonNull(data, "data");
        Path gazetteerDir = data.resolve("gazetteer");
        Path events = data.resolve("lexicon").resolve("events.json");
        Path language = data.resolve("lexicon").resolve("language.json");
        for (Path p : List.of(gazetteerDir, events, language)) {
            if (!Files.exists(p)) {
                throw InputException.of(p.toString(), "missing; the data folder needs gazetteer/ and lexicon/ (give it with --data)");
            }
        }
        Gazetteer gazetteer = Gazetteer.read(gazetteerDir);
        EventLexicon lexicon = EventLexicon.read(events);
        Language words = Language.read(language);
        return new Extractor(gazetteer, lexicon, words, Analyser.english());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Seconds spent in each stage of extraction so far, over all articles, in stage order. */
    public java.util.Map<String, Double> stageSeconds() {
        return pipeline.seconds();
    }

    /** The linguistic layer the extractor reads with, for measuring it alone. */
    public Analyser analyser() {
        return analyser;
    }

    /**
     * The claims of one article.
     *
     * @param articleId the article id (its file name without extension)
     * @param text      the article text exactly as stored; evidence offsets count its code points
     * @param published the publication date relative dates are read against
     */
    public ClaimSet extract(String articleId, String text, LocalDate published) {
        return work(articleId, text, published).claims();
    }

    /** The article as extraction leaves it, every stage's layer in it, for tracing what was read. */
    public ArticleWork work(String articleId, String text, LocalDate published) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published: an article's date is needed to read 'on Monday'");
        ArticleWork work = new ArticleWork(articleId, text, published);
        pipeline.run(work);
        return work;
    }
}
