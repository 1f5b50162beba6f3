package org.entente.extract.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.claims.ClaimSet;
import org.entente.claims.Entity;
import org.entente.extract.actors.Mention;
import org.entente.extract.actors.Title;
import org.entente.extract.analyse.AnalysedText;
import org.entente.extract.events.EventMention;
import org.entente.extract.time.TemporalExpression;

/**
 * One article on its way through extraction: the text and what each stage has
 * added so far. Worked on by one thread; a stage reads only the layers it
 * declared it requires, which {@link ExtractionPipeline} guarantees are there.
 */
public final class ArticleWork {
    private final String id;
    private final String text;
    private final LocalDate published;
    private final Set<Layer> done = EnumSet.noneOf(Layer.class);
    private AnalysedText analysis;
    private List<TemporalExpression> times = List.of();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Entity> ownEntities = new LinkedHashMap<>();
    private final List<Title> titles = new ArrayList<>();
    private final List<EventMention> events = new ArrayList<>();
    private ClaimSet claims;

    public ArticleWork(String id, String text, LocalDate published) {
        this.id = id;
        this.text = text;
        this.published = published;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public LocalDate published() {
        return published;
    }

    void done(Set<Layer> layers) {
        done.addAll(layers);
    }

    public boolean has(Layer layer) {
        return done.contains(layer);
    }

    public AnalysedText analysis() {
        return analysis;
    }

    public void analysis(AnalysedText analysis) {
        this.analysis = analysis;
    }

    public List<TemporalExpression> times() {
        return times;
    }

    public void times(List<TemporalExpression> times) {
        this.times = List.copyOf(times);
    }

    /** Every actor mention, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The actor mentions of one sentence. */
    public List<Mention> mentions(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }

    /** Entities the article names that the gazetteer does not hold, by id, in the order first named. */
    public Map<String, Entity> ownEntities() {
        return ownEntities;
    }

    /** Titles the article gives people, as it gives them. */
    public List<Title> titles() {
        return titles;
    }

    public List<EventMention> events() {
        return events;
    }

    public ClaimSet claims() {
        return claims;
    }

    public void claims(ClaimSet claims) {
        this.claims = claims;
    }
}
