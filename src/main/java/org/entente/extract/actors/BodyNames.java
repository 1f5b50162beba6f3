package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.gazetteer.Gazetteer;

/**
 * The names of a state's bodies, read apart from the state's own names:
 * "Iraq's Foreign Ministry", "the Iraqi Foreign Ministry" and "Foreign
 * Ministry of Iraq" are one ministry, and "the ministry" names its head word.
 */
final class BodyNames {
    private BodyNames() {
    }

    /** The gazetteer's body of a state whose name, without the state's name or demonym, is this one's. */
    static String inGazetteer(Gazetteer gazetteer, String label, String country) {
        Entity state = gazetteer.find(country).orElse(null);
        if (state == null) {
            return null;
        }
        String wanted = withoutState(label, state);
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.GovernmentBody && country.equals(e.country())
                    && Stream.concat(Stream.of(e.label()), e.aliases().stream())
                            .anyMatch(n -> withoutState(n, state).equals(wanted))) {
                return e.id();
            }
        }
        return null;
    }

    /** A body's name without its state's names and demonyms, "of", "the" and "'s": "foreign ministry" for "Iraq's Foreign Ministry". */
    private static String withoutState(String name, Entity state) {
        String words = " " + NameIndex.key(name).replace("'s", "") + " ";
        List<String> stateNames = new ArrayList<>(List.of(state.label()));
        stateNames.addAll(state.aliases());
        stateNames.addAll(state.demonyms() == null ? List.of() : state.demonyms());
        stateNames.sort((a, b) -> b.length() - a.length());
        for (String n : stateNames) {
            words = words.replace(" " + NameIndex.key(n) + " ", " ");
        }
        return words.replaceAll(" (of|the) ", " ").replaceAll(" (of|the) ", " ").trim();
    }

    /** The head word of a body's name: the word before its first "of", else its last word. */
    static String head(String label) {
        int of = label.indexOf(" of ");
        String words = of > 0 ? label.substring(0, of) : label;
        return words.substring(words.lastIndexOf(' ') + 1);
    }
}
