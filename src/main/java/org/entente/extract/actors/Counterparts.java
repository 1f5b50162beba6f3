package org.entente.extract.actors;

import java.util.List;
import java.util.Optional;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;

/**
 * "Counterpart": the one who holds, for another state, the office of the
 * person it is said beside. "His Chilean counterpart" with no name is Chile
 * acting; with a name ("her Chilean counterpart, Andres Villalobos") the
 * name is the actor, and takes the office of the person named before it in
 * the sentence, for the state the word names.
 */
final class Counterparts {
    private Counterparts() {
    }

    /** The state the word stands for when no name is beside it; when one is, gives the name its office and state. */
    static Optional<String> read(Sentence s, List<Mention> found, Cast cast, Token word, String state) {
        Integer name = s.dependents(word.index()).stream()
                .filter(d -> d.relation().matches("appos|dep|compound") && s.token(d.dependent()).isProperNoun())
                .map(Dependency::dependent).findFirst().orElse(null);
        if (name == null) {
            return Optional.ofNullable(state);
        }
        String person = found.stream().filter(m -> m.covers(name) && cast.isPerson(m.entity())).map(Mention::entity).findFirst().orElse(null);
        String other = found.stream().filter(m -> m.end() <= word.index() && cast.isPerson(m.entity()) && !m.entity().equals(person))
                .reduce((a, b) -> b).map(Mention::entity).orElse(null);
        if (person != null && other != null && state != null && !state.equals(cast.countryOf(other))) {
            cast.titlesOf(other).stream().findFirst().ifPresent(office -> cast.title(s.index(), person, office, state));
        }
        return Optional.empty();
    }
}
