package org.entente.extract.lexicon;

import java.util.List;
import java.util.Map;
import org.entente.claims.SituationType;

/**
 * One entry of the trigger lexicon: words that signal a situation of one type.
 *
 * @param type           the ontology class of the situation
 * @param cameo          the CAMEO code of that class (events), or null (relationships)
 * @param pos            {@code noun} or {@code verb}: the part of speech the word must have in the sentence
 * @param words          the words and phrases, lower case
 * @param requires       when not empty, one of these words, lower case, must stand near the trigger ("provided ... technologies")
 * @param actorsAsStates whether people found as participants stand for the state they lead
 * @param slots          where participants are found, each mapped to a role, or to {@code theme} or {@code place}
 */
public record Trigger(SituationType type, String cameo, String pos, List<String> words, List<String> requires,
                      boolean actorsAsStates, Map<String, String> slots) {

    public Trigger {
        if (type == null || words == null || words.isEmpty()) {
            throw new IllegalArgumentException("a trigger needs a type and at least one word");
        }
        if (!"noun".equals(pos) && !"verb".equals(pos)) {
            throw new IllegalArgumentException("trigger " + words + ": pos must be noun or verb, not " + pos);
        }
        words = List.copyOf(words);
        requires = requires == null ? List.of() : List.copyOf(requires);
        // in file order: Map.copyOf iterates in an order that changes from one JVM run to the next,
        // and the participants of a claim are listed in the order their slots are read
        slots = slots == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
    }

    public boolean isNoun() {
        return "noun".equals(pos);
    }
}
