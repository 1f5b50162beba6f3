package org.entente.extract.roles;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actors.Actors;
import org.entente.extract.actors.Mention;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.pipeline.Language;

/**
 * Which actors a token of a frame stands for: those it says it includes
 * ("world leaders including X and Y"), the actors named at it, the
 * names set beside it, or, for nouns of acts, places, goods and people, the
 * actor whose they are ("Russia's efforts", "the US embassy", "three Chilean
 * fishermen"; the nouns are {@link Language#actNouns()},
 * {@link Language#stateAssetNouns()} and {@link Language#peopleNouns()}). A
 * state's people stand for it only when something is done to them: "Chinese
 * citizens criticised their government" is no act of China's.
 */
final class StandsFor {
    private final Language language;

    StandsFor(Language language) {
        this.language = language;
    }

    /** The actors a token stands for: its own mentions ("Sino-Russian" is two), or a state named in its modifiers. */
    List<String> actors(Actors actors, Sentence s, int token, boolean target) {
        List<List<String>> sides = sides(actors, s, token, target);
        return sides.size() == 1 ? sides.get(0) : sides.stream().flatMap(List::stream).distinct().toList();
    }

    /**
     * The actors a token stands for, side by side: those of each name a group
     * is said to include ("world leaders including X and Y" is X's side and
     * Y's), else the token's own as one side.
     */
    List<List<String>> sides(Actors actors, Sentence s, int token, boolean target) {
        List<List<String>> included = new ArrayList<>();
        for (Dependency d : s.dependents(token)) {
            if (d.relation().equals("nmod:including")) {
                included.add(actors(actors, s, d.dependent(), target));
            }
        }
        return included.stream().allMatch(List::isEmpty) ? List.of(own(actors, s, token, target)) : included;
    }

    private List<String> own(Actors actors, Sentence s, int token, boolean target) {
        List<Mention> here = actors.allAt(s.index(), token);
        if (!here.isEmpty()) {
            Mention best = here.get(0);
            List<String> out = new ArrayList<>();
            // "a Kabul car bombing", "the Lima talks": a place modifying the noun is where, not who
            boolean where = s.heads(token).stream().anyMatch(d -> d.relation().matches("compound|amod"));
            for (Mention m : here) {
                if (m.start() == best.start() && m.end() == best.end() || m.kind() == best.kind()) {
                    String id = where && (actors.isPlace(m.entity()) && !actors.isState(m.entity()) || actors.byItsCapital(m)) ? null
                            : actors.isAgent(m.entity()) ? m.entity()
                            : actors.isPlace(m.entity()) ? actors.stateOf(m.entity()) : null;
                    if (id != null && actors.isAgent(id) && !out.contains(id)) {
                        out.add(id);
                    }
                }
            }
            if (best.kind() == Mention.Kind.NAME) {
                // "the Organization of American States and Ecuador": a name joined to the last word of a longer
                // name stands beside the whole of it
                for (int k = best.start(); k < best.end(); k++) {
                    for (Dependency c : s.dependents(k)) {
                        if (k != token && c.relation().startsWith("conj") && !best.covers(c.dependent())) {
                            own(actors, s, c.dependent(), target).stream().filter(id -> !out.contains(id)).forEach(out::add);
                        }
                    }
                }
            }
            return out;
        }
        for (int k : appositions(s, token)) {
            List<String> named = actors(actors, s, k, target);
            if (!named.isEmpty()) {
                // "two senators, Arancibia and Quispe,": every name of the list set beside the noun
                List<String> all = new ArrayList<>(named);
                for (Dependency c : s.dependents(k)) {
                    if (c.relation().startsWith("conj")) {
                        actors(actors, s, c.dependent(), target).stream().filter(id -> !all.contains(id)).forEach(all::add);
                    }
                }
                return all;
            }
        }
        String lemma = s.token(token).lemma();
        // an act stands for whose act it is; "fighters of the Andean Liberation Front", "militants from the Front" act as the group
        boolean act = language.actNouns().contains(lemma) || language.memberNouns().contains(lemma);
        if (act || target && s.token(token).isNoun()) {
            // "Russia's efforts"; what is done to someone's thing is done to them: "threatened the network's franchise"
            List<String> owners = owners(actors, s, token, true, act);
            if (act || !owners.isEmpty()) {
                return owners;
            }
        }
        return language.stateAssetNouns().contains(lemma) || target && language.peopleNouns().contains(lemma)
                ? owners(actors, s, token, false, false) : List.of();
    }

    /**
     * The names set beside a noun: its appositions, and those of the noun it is
     * "of" ("the general manager of Abu Dhabi Media, Dr Ali bin Tamim", where
     * the parse hangs the name on "Media").
     */
    private static List<Integer> appositions(Sentence s, int token) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.dependents(token)) {
            if (d.relation().equals("appos") || d.relation().equals("dep") && s.token(d.dependent()).isProperNoun()) {
                out.add(d.dependent());
            } else if (d.relation().equals("nmod:of")) {
                for (Dependency e : s.dependents(d.dependent())) {
                    if (e.relation().equals("appos")) {
                        out.add(e.dependent());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The actors named in a noun's modifiers: "Russian" oil, "Russia's" efforts,
     * "their" cooperation. States only, but for the possessor of an act, who may
     * be anyone acting ("Honcharuk's offer"), as may whom an act is said to be
     * of or by ("the decision of the Foreign Ministry", "the move by Chile"),
     * and whom any noun something is done to is said to be by ("ruled the
     * suspension of Congress by the president unlawful").
     */
    private static List<String> owners(Actors actors, Sentence s, int token, boolean anyPossessor, boolean act) {
        if (!s.token(token).isNoun()) {
            return List.of();
        }
        for (Dependency d : s.dependents(token)) {
            // "the suspension of Congress by the president": a by-phrase names the doer of whatever act the noun names
            boolean whose = act && d.relation().matches("nmod:(of|by|from)") || anyPossessor && d.relation().equals("nmod:by");
            if (d.relation().matches("compound|amod|nmod:poss") || whose) {
                boolean anyone = anyPossessor && d.relation().equals("nmod:poss") || whose;
                List<String> named = actors.allAt(s.index(), d.dependent()).stream().map(Mention::entity)
                        .filter(id -> anyone ? actors.isAgent(id) : actors.isState(id)).distinct().toList();
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }
}
