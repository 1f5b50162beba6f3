package org.entente.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;

/**
 * What verbs of naming ({@link Language#namingVerbs()}) call their objects,
 * and what speakers call things in what they say: a bad name makes the naming
 * or the saying a criticism, and the name itself is no event.
 */
final class Naming {
    private final Language language;

    Naming(Language language) {
        this.language = language;
    }

    /**
     * Whether what a verb of naming calls its object judges it badly: "called
     * the strike a violation of sovereignty", "described the attack as a
     * dastardly act". The predicate is an as-phrase or a small clause, read
     * with its modifiers.
     */
    boolean pejorative(Sentence s, Token t) {
        for (int p : predicates(s, t.index())) {
            List<Integer> words = new ArrayList<>(List.of(p));
            s.dependents(p).stream().filter(m -> m.relation().matches("amod|compound|nmod.*|advmod")).forEach(m -> words.add(m.dependent()));
            if (words.stream().anyMatch(w -> language.pejoratives().contains(s.token(w).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what a speaker is told to have said judges badly: "'Leaving
     * them to die is a big mistake,' Arancibia said", "Quispe said the raid
     * was a shameful provocation". The said words are the verb's complement
     * clause, or the quotation the verb is set beside; a statement that holds
     * one of {@link Language#pejoratives()} is a criticism.
     */
    boolean judgesInWords(Sentence s, EventMention statement) {
        for (int clause : s.reportedClauses(statement.trigger())) {
            // the quotation's words, not those hung on the verb of saying beside it ("..., calling it a provocation")
            if (s.subtree(clause, d -> !d.relation().equals("ref") && d.dependent() != statement.trigger()).stream()
                    .anyMatch(w -> language.pejoratives().contains(s.token(w).lemma()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a verb of naming calls its object: "described the attack as an
     * aggression", "called it a breach". The parser may take the as-phrase for
     * a clause ("described the expulsion as unacceptable") and the name for a
     * second object ("called it 'an insult'").
     */
    private static List<Integer> predicates(Sentence s, int verb) {
        List<Integer> predicates = new ArrayList<>();
        List<Integer> objects = new ArrayList<>();
        for (Dependency d : s.dependents(verb)) {
            if (d.relation().matches("obl:as|advcl:as|xcomp")) {
                predicates.add(d.dependent());
            } else if (d.relation().equals("obj") && s.heads(d.dependent()).stream().noneMatch(h -> h.relation().startsWith("conj"))) {
                // not "described the expulsion and the seizure as ...", the second of two things named
                objects.add(d.dependent());
                // "called Peru's conduct a breach": the parser may hang the predicate on the object
                s.dependents(d.dependent()).stream().filter(p -> p.relation().equals("dep")).forEach(p -> predicates.add(p.dependent()));
            }
        }
        // not "condemned what she called a betrayal", where the relative names the thing condemned
        objects.sort(null);
        if (!objects.isEmpty() && !s.token(objects.get(0)).tag().matches("WP|WDT")) {
            objects.stream().skip(1).forEach(predicates::add);
        }
        return predicates;
    }

    /**
     * Whether a noun is only the name a sentence gives to what "this" or
     * "that" points at: "'This is an unacceptable attack on our democracy,'
     * Quispe said" tells of no attack of its own; the saying judges. ("It was
     * X which ..." is a cleft, and tells of X.)
     */
    boolean namesWhatIsPointedAt(Sentence s, EventMention m) {
        // not a cleft: "It was the agency's investigation which led to the arrests" tells of the investigation
        if (m.entry().isVerb() || s.dependents(m.trigger()).stream().noneMatch(d -> d.relation().equals("cop"))
                || s.dependents(m.trigger()).stream().anyMatch(d -> d.relation().startsWith("acl"))) {
            return false;
        }
        return s.dependents(m.trigger()).stream().anyMatch(d -> d.relation().equals("nsubj")
                && s.token(d.dependent()).lemma().matches("this|that"));
    }

    /**
     * A noun that is only what someone calls something ("called the blockade
     * a breach of the treaty") names no event of its own: it is the content of
     * the naming.
     */
    void namesGiven(Sentence s, List<EventMention> found) {
        for (Token t : s.tokens()) {
            if (t.isVerb() && language.namingVerbs().contains(t.lemma())) {
                List<Integer> predicates = predicates(s, t.index());
                found.stream().filter(m -> !m.entry().isVerb() && predicates.contains(m.trigger())).forEach(EventMention::markContent);
            }
        }
    }
}
