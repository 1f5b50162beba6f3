package org.entente.extract.entities;

import java.util.List;

/**
 * A stretch of a sentence that names or refers to gazetteer entities.
 *
 * @param first      index of its first token in the sentence
 * @param end        index just past its last token
 * @param agents     ids of the agents it stands for (two for "Sino-Russian" or "the two leaders"); empty when it names no agent
 * @param place      id of the place it names ("in Kyiv"), or null
 * @param thing      id of a non-agent entity it names (an office, a commodity, a plan), or null
 * @param kind       how it names them
 * @param possessive whether it is followed by {@code 's} or is a possessive pronoun
 */
public record Mention(int first, int end, List<String> agents, String place, String thing, Kind kind,
                      boolean possessive) {

    /** How a mention names its entities. */
    public enum Kind { NAME, SHORT_NAME, DEMONYM, METONYM, OFFICE, PLACE, THING, PRONOUN, PAIR }

    public Mention {
        agents = List.copyOf(agents);
    }

    public boolean isAgent() {
        return !agents.isEmpty();
    }

    /** The index of the last token that belongs to it, counting a following {@code 's}. */
    public int lastWithPossessive() {
        return possessive && kind != Kind.PRONOUN ? end : end - 1;
    }
}
