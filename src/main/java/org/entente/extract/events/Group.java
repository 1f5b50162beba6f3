package org.entente.extract.events;

import java.util.List;

/**
 * Agents named together: one mention, or several joined by "and" and commas
 * ("China and Brazil", "Xi and Putin's").
 *
 * @param first      index of its first token
 * @param last       index of its last token, counting a final {@code 's}
 * @param agents     the agents' ids, in text order, without repeats
 * @param possessive whether the group as a whole is possessive
 */
record Group(int first, int last, List<String> agents, boolean possessive) {
    Group {
        agents = List.copyOf(agents);
    }
}
