package org.entente.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.extract.lexicon.CueLexicon;
import org.entente.extract.nlp.Sentence;
import org.entente.extract.nlp.Token;
import org.entente.extract.nlp.TextAnalyser;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.gazetteer.Gazetteer;

/**
 * Finds the gazetteer's entities in an article and links each mention to an id:
 * names and aliases, demonyms ("Chinese"), combining forms ("Sino-Russian"),
 * capitals and seats used for the state ("Beijing", "the Kremlin"), offices
 * ("Chinese President"), and references that need the article so far: surnames
 * of people named before ("Putin"), "the two leaders", and "it", "its", "he".
 *
 * <p>The longest name wins; for one name, an entity's own name beats a
 * metonym, a metonym beats a city of the same name, except after "in", "at",
 * "from" and the like, where a capital is the place itself. Immutable once
 * built; safe to share between threads.
 */
public final class EntityRecogniser {

    /** Everything one written name can stand for. */
    private record Reading(String name, String agent, int agentRank, String place, String thing, Mention.Kind kind) {
    }

    private final Gazetteer gazetteer;
    private final CueLexicon cues;
    private final Map<String, List<Reading>> byPrefix = new HashMap<>();
    private final Map<String, Reading> byName = new HashMap<>();
    private final Map<String, String> combiningForms = new HashMap<>();
    private final Map<String, List<String>> surnames = new HashMap<>();

    public EntityRecogniser(Gazetteer gazetteer, CueLexicon cues) {
        this.gazetteer = gazetteer;
        this.cues = cues;
        Map<String, Reading> readings = new HashMap<>();
        for (Entity e : gazetteer.entities()) {
            index(e, readings);
        }
        byName.putAll(readings);
        for (Reading r : readings.values()) {
            byPrefix.computeIfAbsent(prefix(r.name()), k -> new ArrayList<>()).add(r);
        }
        byPrefix.values().forEach(l -> l.sort(Comparator.comparingInt((Reading r) -> -r.name().length())));
    }

    private void index(Entity e, Map<String, Reading> readings) {
        List<String> names = new ArrayList<>();
        names.add(e.label());
        names.addAll(e.aliases());
        boolean agent = e.isAgent();
        boolean place = e.isPlace();
        for (String n : names) {
            if (agent) {
                add(readings, n, e.id(), 0, place ? e.id() : null, null, Mention.Kind.NAME);
            } else if (place) {
                add(readings, n, null, 9, e.id(), null, Mention.Kind.PLACE);
            } else {
                add(readings, n, null, 9, null, e.id(),
                        e.type() == EntityType.Office ? Mention.Kind.OFFICE : Mention.Kind.THING);
            }
        }
        for (String d : e.demonyms()) {
            add(readings, d, e.id(), 2, null, null, Mention.Kind.DEMONYM);
        }
        for (String m : e.metonyms()) {
            add(readings, m, e.id(), 1, null, null, Mention.Kind.METONYM);
        }
        for (String c : e.combiningForms()) {
            combiningForms.put(TextAnalyser.plain(c).toLowerCase(Locale.ROOT).replace("-", ""), e.id());
        }
        if (e.type() == EntityType.Person) {
            String[] words = e.label().split(" ");
            if (words.length > 1) {
                surnames.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e.id());
            }
        }
    }

    /** Merges what one name can stand for: the best-ranked agent, and any place or thing of the same name. */
    private static void add(Map<String, Reading> readings, String rawName, String agent, int rank, String place,
                            String thing, Mention.Kind kind) {
        String name = TextAnalyser.plain(rawName).strip();
        if (name.isEmpty()) {
            return;
        }
        Reading old = readings.get(name);
        if (old == null) {
            readings.put(name, new Reading(name, agent, agent == null ? 9 : rank, place, thing, kind));
            return;
        }
        boolean better = agent != null && rank < old.agentRank();
        readings.put(name, new Reading(name,
                better ? agent : old.agent(),
                better ? rank : old.agentRank(),
                old.place() != null ? old.place() : place,
                old.thing() != null ? old.thing() : thing,
                better ? kind : old.kind()));
    }

    private static String prefix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.length() <= 3 ? lower : lower.substring(0, 3);
    }

    /**
     * The mentions of each sentence, in sentence order; references such as "its"
     * are resolved against what the article named before.
     */
    public List<List<Mention>> recognise(List<Sentence> sentences, String text) {
        String plain = TextAnalyser.plain(text);
        History history = new History();
        List<List<Mention>> all = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Mention> names = names(s, plain, history);
            names = distribute(s, plain, names);
            names = dropAttributiveDemonyms(s, names);
            List<Mention> withReferences = references(s, names, history, all);
            withReferences.sort(Comparator.comparingInt(Mention::first));
            all.add(List.copyOf(withReferences));
            for (Mention m : withReferences) {
                history.seen(m, s.index());
            }
        }
        return all;
    }

    /** Names, aliases, demonyms, metonyms and combining forms, longest first, never overlapping. */
    private List<Mention> names(Sentence s, String plain, History history) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Mention m = nameAt(s, plain, i, history);
            Mention compound = compoundAt(s, i);
            if (compound != null && (m == null || compound.end() > m.end())) {
                m = compound;
            }
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Mention nameAt(Sentence s, String plain, int i, History history) {
        Token t = s.token(i);
        int from = t.start();
        if (from + 1 > plain.length()) {
            return null;
        }
        List<Reading> candidates = new ArrayList<>();
        for (int n = 3; n >= 1; n--) {
            if (from + n <= plain.length()) {
                candidates.addAll(byPrefix.getOrDefault(plain.substring(from, from + n).toLowerCase(Locale.ROOT), List.of()));
            }
        }
        for (Reading r : candidates) {
            int to = from + r.name().length();
            if (to > s.end() || !matches(plain, from, r.name())) {
                continue;
            }
            int end = s.tokenEndingAt(i, to);
            if (end < 0) {
                continue;
            }
            return mention(s, i, end, r);
        }
        // a surname of someone the article has named in full
        String word = t.norm();
        List<String> people = surnames.get(word);
        if (people != null && Character.isUpperCase(word.charAt(0))) {
            for (String id : history.recentPeople()) {
                if (people.contains(id)) {
                    return new Mention(i, i + 1, List.of(id), null, null, Mention.Kind.SHORT_NAME, possessiveAfter(s, i + 1));
                }
            }
        }
        return null;
    }

    private Mention mention(Sentence s, int first, int end, Reading r) {
        boolean locative = first > 0 && cues.locativePrepositions().contains(s.token(first - 1).lower());
        String agent = r.agent();
        Mention.Kind kind = r.kind();
        if (locative && r.place() != null && r.kind() == Mention.Kind.METONYM) {
            agent = null;
            kind = Mention.Kind.PLACE;
        }
        String place = r.place();
        if (place == null && agent != null && r.kind() == Mention.Kind.METONYM) {
            place = capitalNamed(r.name());
        }
        return new Mention(first, end, agent == null ? List.of() : List.of(agent), place, r.thing(), kind,
                possessiveAfter(s, end));
    }

    private String capitalNamed(String name) {
        Reading r = byName.get(name);
        return r == null ? null : r.place();
    }

    /** Case must agree, except a name written in lower case ("the international community") may open a sentence. */
    private static boolean matches(String plain, int from, String name) {
        if (plain.regionMatches(from, name, 0, name.length())) {
            return true;
        }
        return Character.isLowerCase(name.charAt(0))
                && Character.toLowerCase(plain.charAt(from)) == name.charAt(0)
                && plain.regionMatches(from + 1, name, 1, name.length() - 1);
    }

    private static boolean possessiveAfter(Sentence s, int end) {
        if (end >= s.size()) {
            return false;
        }
        String n = s.token(end).norm();
        return n.equals("'s") || n.equals("'") || n.equals("'S");
    }

    /**
     * "Sino-Russian", "US-China": every part a combining form, demonym or name of an agent; one
     * token, or several when the tokenizer splits at the hyphens ("Sino", "-", "Russian").
     */
    private Mention compoundAt(Sentence s, int i) {
        StringBuilder joined = new StringBuilder(s.token(i).norm());
        int last = i;
        while (last + 2 < s.size() && s.token(last + 1).norm().equals("-")
                && s.token(last + 1).start() == s.token(last).end()
                && s.token(last + 2).start() == s.token(last + 1).end()) {
            joined.append('-').append(s.token(last + 2).norm());
            last += 2;
        }
        String word = joined.toString();
        if (!word.contains("-") || word.startsWith("-") || word.endsWith("-")) {
            return null;
        }
        Set<String> agents = new LinkedHashSet<>();
        for (String part : word.split("-")) {
            String id = combiningForms.get(part.toLowerCase(Locale.ROOT));
            if (id == null) {
                Reading r = byName.get(part);
                id = r == null ? null : r.agent();
            }
            if (id == null) {
                return null;
            }
            agents.add(id);
        }
        return agents.size() < 2 ? null
                : new Mention(i, last + 1, List.copyOf(agents), null, null, Mention.Kind.DEMONYM,
                        possessiveAfter(s, last + 1));
    }

    /** "European and Canadian leaders": each adjective with the shared noun, if the gazetteer knows the pair by name. */
    private List<Mention> distribute(Sentence s, String plain, List<Mention> names) {
        List<Mention> out = new ArrayList<>(names);
        for (Mention m : names) {
            if (m.kind() != Mention.Kind.DEMONYM || m.end() >= s.size() || m.first() < 2) {
                continue;
            }
            String noun = s.token(m.end()).lower();
            if (!cues.peopleNouns().contains(noun) || !s.token(m.first() - 1).lower().equals("and")) {
                continue;
            }
            int a = m.first() - 2;
            if (covered(out, a)) {
                continue;
            }
            Reading r = byName.get(s.token(a).norm() + " " + s.token(m.end()).norm());
            if (r != null && r.agent() != null) {
                out.add(new Mention(a, a + 1, List.of(r.agent()), null, null, Mention.Kind.DEMONYM, false));
            }
        }
        out.sort(Comparator.comparingInt(Mention::first));
        return out;
    }

    /** "French President Emmanuel Macron": the adjective belongs to the title, not a participant of its own. */
    private List<Mention> dropAttributiveDemonyms(Sentence s, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            Mention m = names.get(k);
            if (m.kind() == Mention.Kind.DEMONYM && k + 1 < names.size()) {
                Mention next = names.get(k + 1);
                boolean titled = next.first() - m.end() <= 2 && allCapitalised(s, m.end(), next.first());
                if (titled && (next.kind() == Mention.Kind.OFFICE || isPerson(next))) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private boolean isPerson(Mention m) {
        return m.agents().size() == 1 && gazetteer.find(m.agents().get(0))
                .map(e -> e.type() == EntityType.Person).orElse(false);
    }

    private static boolean allCapitalised(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Character.isUpperCase(s.token(j).norm().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.first() <= token && token < m.end());
    }

    /** Pronouns and "the two leaders", resolved against this sentence and the article so far. */
    private List<Mention> references(Sentence s, List<Mention> names, History history, List<List<Mention>> before) {
        List<Mention> out = new ArrayList<>(names);
        String lower = TextAnalyser.plainLower(s.text());
        for (String phrase : cues.pairAnaphors()) {
            int at = lower.indexOf(phrase);
            while (at >= 0) {
                int charStart = s.start() + at;
                int first = tokenStartingAt(s, charStart);
                int end = first < 0 ? -1 : s.tokenEndingAt(first, charStart + phrase.length());
                List<String> pair = history.lastTwoPeople();
                if (end > 0 && pair.size() == 2 && !covered(out, first)) {
                    out.add(new Mention(first, end, pair, null, null, Mention.Kind.PAIR, possessiveAfter(s, end)));
                }
                at = lower.indexOf(phrase, at + 1);
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (covered(out, i)) {
                continue;
            }
            String w = s.token(i).lower();
            String resolved = switch (w) {
                case "its" -> nearestOrganised(out, i, before);
                case "it" -> i > 0 && s.token(i - 1).is("VERB") ? firstOrganised(out, before) : null;
                case "he", "his", "him", "she", "her" -> {
                    String here = lastPersonBefore(out, i);
                    if (here == null) {
                        here = personAfterOpeningPhrase(s, out, i);
                    }
                    yield here != null ? here : history.lastPerson();
                }
                default -> null;
            };
            if (resolved != null) {
                out.add(new Mention(i, i + 1, List.of(resolved), null, null, Mention.Kind.PRONOUN,
                        cues.possessivePronouns().contains(w)));
            }
        }
        return out;
    }

    /**
     * "In his statement, Israeli Prime Minister Benjamin Netanyahu said...": a pronoun inside an
     * opening prepositional phrase points forward, to the first person named after the phrase's
     * comma; null when the pronoun is not in such a phrase or no person follows.
     */
    private String personAfterOpeningPhrase(Sentence s, List<Mention> mentions, int i) {
        if (!s.token(0).is("ADP")) {
            return null;
        }
        int comma = -1;
        for (int k = 1; k < s.size(); k++) {
            if (s.token(k).text().equals(",")) {
                comma = k;
                break;
            }
            if (s.token(k).is("VERB", "AUX")) {
                return null;
            }
        }
        if (comma < i) {
            return null;
        }
        String found = null;
        int at = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            if (m.first() > comma && m.first() < at && m.agents().size() == 1 && m.kind() != Mention.Kind.PRONOUN
                    && isPerson(m)) {
                found = m.agents().get(0);
                at = m.first();
            }
        }
        return found;
    }

    /** "Xi Jinping cancelled his visit": the person named last before the pronoun in its own sentence. */
    private String lastPersonBefore(List<Mention> mentions, int i) {
        String found = null;
        int at = -1;
        for (Mention m : mentions) {
            if (m.end() <= i && m.first() > at && m.agents().size() == 1 && isPerson(m)) {
                found = m.agents().get(0);
                at = m.first();
            }
        }
        return found;
    }

    private static int tokenStartingAt(Sentence s, int charStart) {
        for (int j = 0; j < s.size(); j++) {
            if (s.token(j).start() == charStart) {
                return j;
            }
        }
        return -1;
    }

    private boolean organised(String id) {
        return gazetteer.find(id).map(e -> e.type() != EntityType.Person).orElse(false);
    }

    private boolean state(String id) {
        return gazetteer.find(id).map(e -> e.type() == EntityType.State).orElse(false);
    }

    /** "its": the nearest state named before it in the sentence, else any body, else the last sentence's first one. */
    private String nearestOrganised(List<Mention> mentions, int i, List<List<Mention>> before) {
        String any = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.first() >= i || m.agents().size() != 1) {
                continue;
            }
            String id = m.agents().get(0);
            if (state(id)) {
                return id;
            }
            if (any == null && organised(id)) {
                any = id;
            }
        }
        return any != null ? any : firstOrganised(List.of(), before);
    }

    /** "it" as an object: the first state or body the sentence names, the topic it is about; else the last sentence's. */
    private String firstOrganised(List<Mention> mentions, List<List<Mention>> before) {
        for (Mention m : mentions) {
            if (m.agents().size() == 1 && organised(m.agents().get(0))) {
                return m.agents().get(0);
            }
        }
        if (!before.isEmpty()) {
            for (Mention m : before.get(before.size() - 1)) {
                if (m.agents().size() == 1 && organised(m.agents().get(0))) {
                    return m.agents().get(0);
                }
            }
        }
        return null;
    }

    /** What the article has named so far, most recent last. */
    private final class History {
        private final List<String> people = new ArrayList<>();

        void seen(Mention m, int sentence) {
            if (m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.PAIR) {
                return;
            }
            for (String id : m.agents()) {
                if (gazetteer.find(id).map(e -> e.type() == EntityType.Person).orElse(false)) {
                    people.remove(id);
                    people.add(id);
                }
            }
        }

        List<String> recentPeople() {
            List<String> r = new ArrayList<>(people);
            java.util.Collections.reverse(r);
            return r;
        }

        String lastPerson() {
            return people.isEmpty() ? null : people.get(people.size() - 1);
        }

        List<String> lastTwoPeople() {
            if (people.size() < 2) {
                return List.of();
            }
            return List.of(people.get(people.size() - 2), people.get(people.size() - 1));
        }
    }
}
