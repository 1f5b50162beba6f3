package org.entente.extract.events;

import java.util.function.Predicate;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * The cheap test of whether a sentence may hold an event, read from its lemmas
 * and parts of speech alone: a verb or noun of the event lexicon, and something
 * that can be an actor (a proper noun, a title or a state's body, a pronoun).
 * Only sentences that pass are parsed.
 */
public final class EventCues implements Predicate<Sentence> {
    private final EventLexicon lexicon;
    private final Language language;

    public EventCues(EventLexicon lexicon, Language language) {
        this.lexicon = lexicon;
        this.language = language;
    }

    @Override
    public boolean test(Sentence s) {
        boolean trigger = false;
        boolean actor = false;
        for (Token t : s.tokens()) {
            if (!trigger && (t.isVerb() && !lexicon.entries("verb", t.lemma()).isEmpty()
                    || t.isNoun() && !lexicon.entries("noun", t.lemma()).isEmpty())) {
                trigger = true;
            }
            if (!actor && (t.isProperNoun() || t.tag().equals("JJ") && t.isCapitalised() && t.index() > 0
                    || t.tag().startsWith("PRP") && !t.lemma().matches("i|we|you|me|us")
                    || language.stateNouns().contains(t.lemma()) || language.militaryNouns().contains(t.lemma())
                    || language.policeNouns().contains(t.lemma()) || language.isTitle(t.lemma()))) {
                actor = true;
            }
            if (trigger && actor) {
                return true;
            }
        }
        return false;
    }
}
