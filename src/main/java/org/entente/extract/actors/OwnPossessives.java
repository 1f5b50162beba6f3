package org.entente.extract.actors;

import java.util.List;
import java.util.Optional;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;

/**
 * "His own", "its own": a possessive with "own" after it is the subject of
 * its clause, whoever was named last ("X sued Y and his own accountant": X's
 * accountant).
 */
final class OwnPossessives {
    /** How far up from the possessed noun the clause's verb may be. */
    private static final int REACH = 4;

    private OwnPossessives() {
    }

    /**
     * The actor a possessive followed by "own" stands for: the subject of the
     * clause it is in, if one was found; a person for "his" or "her" ({@code person}).
     */
    static Optional<String> owner(Sentence s, int pronoun, boolean person, List<Mention> known, Cast cast) {
        if (!s.token(pronoun).tag().equals("PRP$") || pronoun + 1 >= s.size() || !s.token(pronoun + 1).lemma().equals("own")) {
            return Optional.empty();
        }
        int at = s.heads(pronoun).stream().filter(d -> d.relation().equals("nmod:poss")).map(Dependency::head).findFirst().orElse(-1);
        for (int step = 0; at >= 0 && step < REACH; step++) {
            if (s.token(at).isVerb()) {
                int verb = at;
                return s.dependents(verb).stream().filter(d -> d.relation().equals("nsubj"))
                        .flatMap(d -> known.stream().filter(m -> m.head() == d.dependent()))
                        .map(Mention::entity).filter(e -> e != null && (!person || cast.isPerson(e))).findFirst();
            }
            int here = at;
            at = s.heads(here).stream().filter(d -> d.head() >= 0 && d.relation().matches("obj|iobj|conj.*|obl.*|nmod.*|dep|appos"))
                    .map(Dependency::head).findFirst().orElse(-1);
        }
        return Optional.empty();
    }
}
