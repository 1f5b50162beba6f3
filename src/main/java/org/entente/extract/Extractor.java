package org.entente.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.input.InputException;
import org.entente.claims.ClaimSet;
import org.entente.extract.entities.EntityRecogniser;
import org.entente.extract.entities.Mention;
import org.entente.extract.events.Candidate;
import org.entente.extract.events.SituationFinder;
import org.entente.extract.lexicon.CueLexicon;
import org.entente.extract.lexicon.TriggerLexicon;
import org.entente.extract.nlp.Sentence;
import org.entente.extract.nlp.TextAnalyser;
import org.entente.extract.time.DateNormaliser;
import org.entente.gazetteer.Gazetteer;

/**
 * Reads the claims an English diplomacy news article makes: who did what with
 * whom, when, on whose word and how firmly, as a {@link ClaimSet} in the same
 * form as curated claims.
 *
 * <p>Everything it needs is loaded once by {@link #load}: the OpenNLP models,
 * the gazetteer and the lexicons under a data folder. After that an extractor
 * is immutable, and {@link #extract} may be called from many threads at once.
 */
public final class Extractor {
    /** The extractor's version, written into every claim set it produces. */
    public static final String VERSION = "0.1.0";
    /** The {@code producedBy} value of extracted claim sets. */
    public static final String PRODUCED_BY = "entente-extract " + VERSION;

    private final Gazetteer gazetteer;
    private final TextAnalyser analyser;
    private final EntityRecogniser recogniser;
    private final SituationFinder finder;
    private final ClaimAssembler assembler;
    private final DateNormaliser dates;

    private Extractor(Gazetteer gazetteer, TriggerLexicon triggers, CueLexicon cues, TextAnalyser analyser) {
        this.gazetteer = gazetteer;
        this.analyser = analyser;
        this.recogniser = new EntityRecogniser(gazetteer, cues);
        this.finder = new SituationFinder(triggers, cues, gazetteer);
        this.assembler = new ClaimAssembler(triggers, cues, PRODUCED_BY);
        this.dates = new DateNormaliser();
    }

    /**
     * Loads the models and the data an extractor needs: {@code DATA/gazetteer/*.json},
     * {@code DATA/lexicon/triggers.json} and {@code DATA/lexicon/cues.json}.
     *
     * @throws InputException when a data file is missing or malformed
     */
    public static Extractor load(Path data) {
        Objects.requireNonNull(data, "data");
        Path gazetteerDir = data.resolve("gazetteer");
        Path triggers = data.resolve("lexicon").resolve("triggers.json");
        Path cues = data.resolve("lexicon").resolve("cues.json");
        for (Path p : List.of(gazetteerDir, triggers, cues)) {
            if (!Files.exists(p)) {
                throw InputException.of(p.toString(), "missing; the data folder needs gazetteer/ and lexicon/ (give it with --data)");
            }
        }
        return new Extractor(Gazetteer.read(gazetteerDir), TriggerLexicon.read(triggers), CueLexicon.read(cues),
                TextAnalyser.english());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The text analyser the extractor reads sentences with, for measuring it alone. */
    public TextAnalyser analyser() {
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
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published: an article's date is needed to read 'on Monday'");
        List<Sentence> sentences = analyser.analyse(text);
        List<List<Mention>> mentions = recogniser.recognise(sentences, text);
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            candidates.add(finder.find(sentences.get(i), mentions.get(i)));
        }
        return assembler.assemble(articleId, text, sentences, candidates,
                dates.normalise(TextAnalyser.plain(text), published));
    }
}
