package org.entente.extract.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of writing a date, time, duration or set: a pattern that finds it, a guard
 * that rejects look-alikes ("May" the verb), and a resolver that turns a match into a
 * TIMEX3 value, which carries its type.
 * Immutable; {@link Pattern} is safe to share between threads.
 *
 * @param name      short name used in diagnostics
 * @param pattern   finds candidate spans; named groups carry the parts the resolver needs
 * @param guard     rejects a match by looking at it and the text around it
 * @param resolver  computes the value against the anchor and what the text said before
 * @param anaphoric true when the value is computed from an earlier expression ("a year earlier");
 *                  such values do not become the reference for later expressions
 */
record DateRule(String name, Pattern pattern, Guard guard, Resolver resolver, boolean anaphoric) {

    /** Decides, before any value is computed, whether a match is a date at all. */
    @FunctionalInterface
    interface Guard {
        Guard ANY = (match, text) -> true;

        boolean accepts(RuleMatch match, String text);
    }

    /** Computes the value of a match; empty when the match cannot be resolved. */
    @FunctionalInterface
    interface Resolver {
        Optional<TimexValue> resolve(RuleMatch match, DiscourseContext context);
    }

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    DateRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(guard, "guard");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** A rule matching without regard to case, accepting every match. */
    static DateRule rule(String name, String regex, Resolver resolver) {
        return guarded(name, regex, Guard.ANY, resolver);
    }

    /** A rule matching without regard to case, keeping the matches {@code guard} accepts. */
    static DateRule guarded(String name, String regex, Guard guard, Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), guard, resolver, false);
    }

    /** A rule whose pattern is matched as written, capitals included. */
    static DateRule caseSensitive(String name, String regex, Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex), Guard.ANY, resolver, false);
    }

    /** A rule whose values are computed from an earlier expression and so never become the reference. */
    static DateRule anaphoric(String name, String regex, Resolver resolver) {
        return new DateRule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), Guard.ANY, resolver, true);
    }

    /** Every match of this rule in the text that its guard accepts. */
    List<RuleMatch> matches(String text) {
        List<String> groupNames = groupNames();
        List<RuleMatch> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            Map<String, String> groups = new HashMap<>();
            for (String g : groupNames) {
                if (m.group(g) != null) {
                    groups.put(g, m.group(g));
                }
            }
            RuleMatch match = new RuleMatch(m.start(), m.end(), m.group(), groups);
            if (guard.accepts(match, text)) {
                found.add(match);
            }
        }
        return found;
    }

    private List<String> groupNames() {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
