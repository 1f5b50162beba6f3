package org.entente.extract.time;

import java.util.Locale;
import java.util.Map;

/**
 * One match of a {@link DateRule} pattern, copied out of the matcher so that it
 * can be kept while other rules run: its span and the text of its named groups.
 */
record RuleMatch(int start, int end, String text, Map<String, String> groups) {

    RuleMatch {
        groups = Map.copyOf(groups);
    }

    /** The text of a named group, or null when the group did not take part in the match. */
    String group(String name) {
        return groups.get(name);
    }

    boolean has(String name) {
        return groups.containsKey(name);
    }

    /** The group's text in lower case with runs of white space made single spaces, or "" when absent. */
    String word(String name) {
        String g = groups.get(name);
        return g == null ? "" : g.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    int length() {
        return end - start;
    }
}
