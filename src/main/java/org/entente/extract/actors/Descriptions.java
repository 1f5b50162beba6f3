package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.claims.Entity;
import org.entente.claims.EntityType;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;
import org.entente.gazetteer.Gazetteer;

/**
 * Common nouns that stand for actors, read with the state the words around
 * them name: "the Iraqi government" and "Iranian officials" are the state,
 * "US forces" its armed forces, "Hong Kong police" its police, "the Turkish
 * leader" the person the article or the gazetteer knows with that title and
 * country. Titles next to a name give that person their title and country.
 */
final class Descriptions {
    /** What a description stands for. */
    enum Kind { STATE, MILITARY, POLICE, PARLIAMENT, TITLE }

    private static final Set<String> MODIFIERS = Set.of("amod", "compound", "nmod:poss", "nmod:of", "nmod:from",
            "nmod:for", "nmod:in");

    private final Gazetteer gazetteer;
    private final Language language;
    private final NameIndex names;
    private final BodyReferences bodies;
    /** The bodies of states, and of places with bodies of their own. */
    private final StateBodies stateBodies;
    private final Titles titles;
    /** Offices whose holder acts for the state: "Peru's president", "the Chilean foreign minister". */
    private final Pattern stateOffice;

    Descriptions(Gazetteer gazetteer, Language language, NameIndex names) {
        this.gazetteer = gazetteer;
        this.language = language;
        this.names = names;
        this.bodies = new BodyReferences(names);
        this.stateBodies = new StateBodies(gazetteer);
        this.titles = new Titles(gazetteer, language, names);
        this.stateOffice = Pattern.compile(".*\\b(" + String.join("|", language.stateOffices().stream().map(Pattern::quote).toList())
                + ")\\b.*");
    }

    /** How titles are read from the words around a name. */
    Titles titles() {
        return titles;
    }

    List<Mention> find(Sentence s, List<Mention> found, Cast cast) {
        List<Mention> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (!t.isNoun() || ActorStage.covered(found, t.index()) || hyphenated(s, t.index() + 2)) {
                continue;
            }
            int start = t.index();
            String lemma = kindOf(t.lemma()) != null ? t.lemma() : t.word().toLowerCase();
            if (hyphenated(s, start)) {
                // "Secretary-General", split by the tokenizer: the whole word is the title, else there is none
                lemma = s.token(start - 2).word().toLowerCase() + "-" + t.word().toLowerCase();
                start -= 2;
            } else if (start > 0) {
                String two = s.token(start - 1).lemma() + " " + lemma;
                if (kindOf(two) == null) {
                    two = s.token(start - 1).word().toLowerCase() + " " + t.word().toLowerCase();
                }
                if (language.isTitle(two) || language.militaryNouns().contains(two) || language.stateNouns().contains(two)) {
                    lemma = two;
                    start--;
                }
            }
            if (start == t.index() && bodies.isReference(s, t)) {
                Optional<String> body = bodies.referent(s, t, found, cast);
                body.ifPresent(b -> out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), b, Mention.Kind.DESCRIPTION)));
                if (body.isPresent() || bodies.namesAKind(t)) {
                    continue;
                }
            }
            if (t.lemma().equals("counterpart")) {
                Counterparts.read(s, found, cast, t, stateModifier(s, found, cast, t.index(), t.index())).ifPresent(state ->
                        out.add(new Mention(s.index(), t.index(), t.index() + 1, t.index(), state, Mention.Kind.DESCRIPTION)));
                continue;
            }
            Kind kind = kindOf(lemma);
            if (kind == null || (t.isProperNoun() && kind != Kind.TITLE && kind != Kind.MILITARY && kind != Kind.POLICE
                    && kind != Kind.PARLIAMENT)) {
                continue;
            }
            String state = stateModifier(s, found, cast, start, t.index());
            if (state == null) {
                state = StateBodies.subjectsOwn(s, t, found, cast);
            }
            if (kind == Kind.TITLE) {
                String person = namedPersonDescribed(s, found, cast, t.index());
                if (person != null) {
                    cast.title(s.index(), person, Objects.requireNonNullElse(titles.of(s, t.index()), lemma), state);
                    continue;
                }
                List<String> groups = t.tag().equals("NNS") ? leadersOf(s, found, cast, t) : List.of();
                if (!groups.isEmpty()) {
                    for (String g : groups) {
                        out.add(new Mention(s.index(), start, t.index() + 1, t.index(), g, Mention.Kind.DESCRIPTION));
                    }
                    continue;
                }
            }
            // "the government", and "their government", "its police": a possessive pronoun picks one out as "the" does
            if (t.tag().equals("NNS") && Pairs.number(s, t) >= 2) {
                continue; // "both countries", "the two countries": a pair named before (Pairs), not the state at hand
            }
            boolean definite = s.dependents(t.index()).stream()
                    .anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().matches("the|this|that")
                            || d.relation().equals("nmod:poss") && s.token(d.dependent()).word().matches("(?i)its|their|his|her"));
            boolean unsaid = state == null && (bare(s, t) || definite);
            // "the police", "police fired"; but only "the government", not "government supporters"
            boolean picked = kind == Kind.POLICE ? unsaid : state == null && definite;
            String territorys = picked && (kind == Kind.POLICE || lemma.matches("government|authorities|administration"))
                    ? stateBodies.territorys(cast.focus(id -> cast.isState(id) || stateBodies.territorys(id, kind) != null), kind) : null;
            String entity = territorys != null ? territorys : switch (kind) {
                case STATE -> state != null ? state
                        : definite && !lemma.equals("official") && !lemma.equals("officials") ? cast.stateAtHand(s, found) : null;
                case MILITARY, PARLIAMENT -> stateBodies.body(kind, state != null ? state : unsaid ? cast.stateAtHand(s, found) : null,
                        s.words(start, t.index() + 1, cast.text()), cast);
                case POLICE -> stateBodies.body(kind, state != null ? state : unsaid ? cast.stateOfTheScene(s, found) : null,
                        s.words(start, t.index() + 1, cast.text()), cast);
                // "no Peruvian president has", "a president was", "every president": no one in particular
                case TITLE -> t.tag().equals("NNS") || language.quantified(s, t.index()) ? null
                        : besideAName(s, t) ? person(lemma, state, definite, cast) : holderOrState(lemma, state, definite, cast);
            };
            out.add(new Mention(s.index(), start, t.index() + 1, t.index(), entity, Mention.Kind.DESCRIPTION));
        }
        // a spokesman is whom he speaks for, which may be a description read after him ("a spokesman for the
        // Chilean foreign ministry"): so read once all are
        List<Mention> all = new ArrayList<>(found);
        all.addAll(out);
        out.replaceAll(m -> Optional.ofNullable(Quotes.speaksFor(s, s.token(m.head()), all))
                .map(principal -> new Mention(m.sentence(), m.start(), m.end(), m.head(), principal, m.kind())).orElse(m));
        return out;
    }


    /**
     * Plural titles with several adjectives stand for each ("European and
     * Canadian leaders"): a group the gazetteer names ("European leaders"), or
     * the state of a demonym ("Canadian"); so do those "of" states ("the
     * presidents of Peru and Bolivia").
     */
    private List<String> leadersOf(Sentence s, List<Mention> found, Cast cast, Token noun) {
        List<String> out = new ArrayList<>();
        for (Dependency d : s.dependents(noun.index())) {
            if (d.relation().equals("nmod:of")) {
                // "the presidents of Peru, Bolivia and Ecuador"
                found.stream().filter(m -> m.covers(d.dependent()) && cast.isState(m.entity()) && !out.contains(m.entity()))
                        .forEach(m -> out.add(m.entity()));
                continue;
            }
            if (!d.relation().equals("amod") && !d.relation().equals("compound")) {
                continue;
            }
            Token modifier = s.token(d.dependent());
            NameIndex.Hit group = names.find(modifier.word() + " " + noun.word());
            if (group != null && group.agent() && !group.demonym()) {
                out.add(group.entity());
                continue;
            }
            for (Mention m : found) {
                if (m.covers(d.dependent()) && cast.isState(m.entity()) && !out.contains(m.entity())) {
                    out.add(m.entity());
                }
            }
        }
        return out;
    }

    /** Whether a token is the last part of a word the tokenizer split at its hyphen ("Secretary - General"). */
    private static boolean hyphenated(Sentence s, int last) {
        return last > 1 && last < s.size() && s.token(last - 1).word().equals("-")
                && s.token(last - 2).end() == s.token(last - 1).begin() && s.token(last - 1).end() == s.token(last).begin();
    }

    /** A singular noun with no determiner at all: "parliament", "police" said of the country at hand. */
    private static boolean bare(Sentence s, Token t) {
        return (!t.tag().endsWith("S") || t.word().equalsIgnoreCase("police")) && s.dependents(t.index()).stream().noneMatch(d -> d.relation().equals("det"));
    }

    private Kind kindOf(String lemma) {
        if (language.stateNouns().contains(lemma)) {
            return Kind.STATE;
        }
        if (language.militaryNouns().contains(lemma)) {
            return Kind.MILITARY;
        }
        if (language.policeNouns().contains(lemma)) {
            return Kind.POLICE;
        }
        if (language.namesAParliament(lemma)) {
            return Kind.PARLIAMENT;
        }
        if (language.isTitle(lemma)) {
            return Kind.TITLE;
        }
        return null;
    }

    /** The state named by a demonym or name modifying the words from {@code start} to {@code head}. */
    private String stateModifier(Sentence s, List<Mention> found, Cast cast, int start, int head) {
        for (int k = head; k >= start; k--) {
            List<Dependency> modifiers = new ArrayList<>(s.dependents(k));
            // "the Bolivian justice ministry": the state may modify a noun compounded with the head
            s.dependents(k).stream().filter(d -> d.relation().equals("compound") && d.dependent() < head)
                    .forEach(d -> modifiers.addAll(s.dependents(d.dependent())));
            for (Dependency d : modifiers) {
                if (!MODIFIERS.contains(d.relation()) && !d.relation().startsWith("nmod:")) {
                    continue;
                }
                for (Mention m : found) {
                    if (m.covers(d.dependent()) && cast.isState(m.entity())) {
                        return m.entity();
                    }
                }
            }
        }
        for (Mention m : found) {
            if (m.end() == start && m.kind() == Mention.Kind.DEMONYM && cast.isState(m.entity())) {
                return m.entity();
            }
        }
        return null;
    }

    /**
     * The named person a title noun describes: "Minister" in "Prime Minister X",
     * "president" in "X, the president", "minister" in "X, who is Peru's minister".
     */
    private String namedPersonDescribed(Sentence s, List<Mention> found, Cast cast, int title) {
        boolean copula = s.dependents(title).stream().anyMatch(d -> d.relation().equals("cop"));
        for (Dependency d : s.heads(title)) {
            if (d.relation().equals("compound") || d.relation().equals("appos") || d.relation().equals("nsubj")
                    || d.relation().equals("amod") || copula && d.relation().equals("acl:relcl")) {
                int other = d.head();
                for (Mention m : found) {
                    if (m.covers(other) && cast.isPerson(m.entity())) {
                        return m.entity();
                    }
                }
            }
        }
        for (Dependency d : s.dependents(title)) {
            if (d.relation().equals("appos") || d.relation().equals("compound") && s.token(d.dependent()).isProperNoun()) {
                for (Mention m : found) {
                    if (m.covers(d.dependent()) && cast.isPerson(m.entity())) {
                        return m.entity();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The person holding a title: of the state given when there is one. Among the
     * people the article has named with it, the one it has named most often so far
     * ("the president" in a story about one president who meets another), the
     * latest of equals.
     */
    private String person(String title, String state, boolean definite, Cast cast) {
        List<Mention> seen = cast.seen();
        Map<String, Integer> named = new HashMap<>();
        String best = null;
        for (Mention m : seen) {
            String p = m.entity();
            if (p != null && cast.isPerson(p)) {
                named.merge(p, 1, Integer::sum);
            }
        }
        for (int i = seen.size() - 1; i >= 0; i--) {
            String p = seen.get(i).entity();
            if (p == null || !cast.isPerson(p)) {
                continue;
            }
            boolean titled = cast.titlesOf(p).stream().anyMatch(t -> t.equals(title) || t.endsWith(" " + title)
                    || title.equals("leader") && language.headOfStateTitles().contains(t));
            if (titled && (state == null || state.equals(cast.countryOf(p))) && (best == null || named.get(p) > named.get(best))) {
                best = p;
            }
        }
        if (best != null) {
            return best;
        }
        String found = null;
        if (state == null) {
            if (!definite || language.headOfStateTitles().contains(title) && !title.matches("king|queen|emir|sultan|supreme leader")) {
                return null;
            }
            // with no state, only the holder of an office that title names: "the Secretary-General", not "the general"
            for (Entity e : gazetteer.entities()) {
                if (e.type() == EntityType.Person && e.titles().stream().map(NameIndex::key).anyMatch(title::equals)
                        && e.offices().stream().anyMatch(o -> o.startsWith(title.replace(' ', '-') + "-"))) {
                    if (found != null) {
                        return null;
                    }
                    found = e.id();
                }
            }
            return found;
        }
        for (Entity e : gazetteer.entities()) {
            if (e.type() == EntityType.Person && state.equals(e.country()) && e.titles().stream().map(NameIndex::key)
                    .anyMatch(t -> t.equals(title) || title.equals("leader") && language.headOfStateTitles().contains(t))) {
                if (found != null) {
                    return null;
                }
                found = e.id();
            }
        }
        return found;
    }

    /** Whether a title stands next to a name the recogniser missed: "Foreign Minister George Katrougalos". */
    private static boolean besideAName(Sentence s, Token title) {
        return s.heads(title.index()).stream().anyMatch(d -> d.head() >= 0 && d.relation().equals("compound")
                && s.token(d.head()).isProperNoun())
                || title.index() + 1 < s.size() && s.token(title.index() + 1).isProperNoun();
    }

    /**
     * The person holding a title of a state, else, for an office of
     * government, the state itself acting through it: "Peru's president
     * condemned ..." when neither the article nor the gazetteer names
     * Peru's president.
     */
    private String holderOrState(String title, String state, boolean definite, Cast cast) {
        String holder = person(title, state, definite, cast);
        if (holder != null || state == null || title.equals("opposition leader")) {
            return holder;
        }
        return language.headOfStateTitles().contains(title) || stateOffice.matcher(title).matches() ? state : null;
    }

    /**
     * The state named next to a name, among the mentions found so far in its
     * sentence: "Japanese" in "Japanese Prime Minister X", "Japan's" in "X,
     * Japan's premier".
     */
    String countryAround(Sentence s, int start, int end, List<Mention> here, Cast cast) {
        int head = ActorStage.headOf(s, start, end);
        List<Integer> around = new ArrayList<>();
        for (Dependency d : s.dependents(head)) {
            around.add(d.dependent());
            s.dependents(d.dependent()).forEach(e -> around.add(e.dependent()));
        }
        for (Dependency d : s.heads(head)) {
            if (d.relation().equals("appos")) {
                around.add(d.head());
            }
        }
        // the words just before the name, up to a verb or a comma: not "Peru" in "Peru welcomed the Water Commission"
        for (int k = start - 1; k >= Math.max(0, start - 4) && !s.token(k).tag().startsWith("VB") && !s.token(k).word().equals(","); k--) {
            around.add(k);
        }
        for (Mention m : here) {
            if (m.sentence() == s.index() && around.contains(m.head()) && cast.isState(m.entity())) {
                return m.entity();
            }
        }
        return null;
    }

    /** The kind of an organisation the gazetteer does not know, from its name. */
    static EntityType organisationType(String label) {
        String l = label.toLowerCase();
        if (l.matches(".*\\b(ministry|department|parliament|congress|senate|court|police|army|armed forces|navy|council|"
                + "commission|agency|committee|government|office|guard|corps|service|bureau|authority|cabinet|assembly|"
                + "command|military|directorate|secretariat|administration|embassy|prosecutor|tribunal|coast guard)\\b.*")) {
            return EntityType.GovernmentBody;
        }
        if (l.matches(".*\\b(front|movement|brigades?|militia|rebels|liberation|mujahideen|jihad|hezbollah|taliban|"
                + "al-qaeda|insurgents|army of)\\b.*")) {
            return EntityType.Group;
        }
        return EntityType.Organisation;
    }
}
