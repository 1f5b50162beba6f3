package org.entente.extract.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.claims.Entity;
import org.entente.extract.analyse.Dependency;
import org.entente.extract.analyse.Sentence;
import org.entente.extract.analyse.Token;
import org.entente.extract.pipeline.Language;
import org.entente.extract.time.EnglishDateWords;

/**
 * Counted plurals that stand for actors named before: "both countries", "the
 * two leaders", "the leaders of the two countries" (the states of the pair), and
 * the coordinations ("Chile and Peru") they, and "they", go back to.
 */
final class Pairs {
    private final Language language;
    private final Cast cast;

    Pairs(Language language, Cast cast) {
        this.language = language;
        this.cast = cast;
    }

    /** How many sentences back "both countries" may look for the actors it stands for. */
    private static final int PAIR_REACH = 6;

    /**
     * "Both countries", "both nations", "the two leaders", "the three
     * neighbours": as many states, or people, as last joined by "and" in this
     * sentence or the few before it; for leaders, the states they lead will do.
     */
    List<Mention> find(Sentence s, List<Mention> known) {
        List<Mention> out = new ArrayList<>();
        if (!s.isParsed()) {
            return out;
        }
        for (Token t : s.tokens()) {
            boolean states = language.countedStateNouns().contains(t.lemma());
            boolean people = language.countedLeaderNouns().contains(t.lemma());
            int count = count(s, t);
            if (!t.tag().equals("NNS") || !(states || people) || count < 2
                    || known.stream().anyMatch(m -> m.covers(t.index()) && m.entity() != null)) {
                continue;
            }
            Predicate<String> fits = states ? cast::isState : id -> cast.isPerson(id) || cast.isState(id);
            List<String> named = coordination(s, known.stream().filter(m -> m.start() < t.index()).toList());
            for (int back = 1; !isAll(named, count, fits) && back <= PAIR_REACH && s.index() - back >= 0; back++) {
                Sentence earlier = cast.sentence(s.index() - back);
                if (earlier != null) {
                    named = coordination(earlier, cast.seen().stream().filter(m -> m.sentence() == earlier.index()).toList());
                }
            }
            if (!isAll(named, count, fits) && states && count == 2) {
                named = twoStatesOfTheStory(s.index());
            } else if (!isAll(named, count, fits) && count == 2) {
                named = twoPeopleLastNamed(s, t.index(), known);
            }
            if (isAll(named, count, fits)) {
                List<Integer> at = new ArrayList<>(List.of(t.index()));
                // "the leaders of the two countries" act for them
                s.heads(t.index()).stream().filter(d -> d.relation().equals("nmod:of") && d.head() >= 0 && s.token(d.head()).tag().equals("NNS")
                        && language.countedLeaderNouns().contains(s.token(d.head()).lemma())).forEach(d -> at.add(d.head()));
                for (int k : at) {
                    for (String id : named) {
                        out.add(new Mention(s.index(), k, k + 1, k, id, Mention.Kind.DESCRIPTION));
                    }
                }
            }
        }
        return out;
    }

    /**
     * How many a plural noun says it stands for: 2 for "both", the number for
     * "the two", "the three"; 0 for "two other presidents", which are others.
     */
    private static int count(Sentence s, Token t) {
        List<Dependency> deps = s.dependents(t.index());
        if (deps.stream().anyMatch(d -> d.relation().matches("det|predet|cc:preconj") && s.token(d.dependent()).lemma().equals("both"))) {
            return 2;
        }
        boolean the = deps.stream().anyMatch(d -> d.relation().equals("det") && s.token(d.dependent()).lemma().equals("the"));
        boolean other = deps.stream().anyMatch(d -> d.relation().equals("amod") && s.token(d.dependent()).lemma().matches("other|another"));
        int number = number(s, t);
        return the && !other && number >= 2 ? number : 0;
    }

    /** The number a plural noun is said with, whoever it is: 2 for "both countries", 3 for "three leaders", else 0. */
    static int number(Sentence s, Token t) {
        for (Dependency d : s.dependents(t.index())) {
            String lemma = s.token(d.dependent()).lemma();
            if (d.relation().matches("det|predet|cc:preconj") && lemma.equals("both")) {
                return 2;
            }
            if (d.relation().equals("nummod")) {
                return EnglishDateWords.cardinal(lemma).orElse(0);
            }
        }
        return 0;
    }

    /**
     * The two states a story is about, when none are joined by "and" near
     * "the two countries": the two named most often so far, each at least
     * twice, and both more often than any other.
     */
    private List<String> twoStatesOfTheStory(int sentence) {
        Map<String, Integer> counts = new HashMap<>();
        cast.seen().stream().filter(m -> m.sentence() < sentence && m.kind() != Mention.Kind.PRONOUN && cast.isState(m.entity()))
                .forEach(m -> counts.merge(m.entity(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        boolean clear = ranked.size() >= 2 && ranked.get(1).getValue() >= 2
                && (ranked.size() == 2 || ranked.get(2).getValue() < ranked.get(1).getValue());
        return clear ? List.of(ranked.get(0).getKey(), ranked.get(1).getKey()) : List.of();
    }

    /**
     * The two people "the two leaders" stand for when no "and" joins them: the
     * last two holders of an office named, going back sentence by sentence
     * from the noun, as long as no third comes in with them ("Mamani will
     * visit Santiago. He is due to meet Quispe. The two leaders last met in
     * 2025"); not one who speaks of them.
     */
    private List<String> twoPeopleLastNamed(Sentence s, int noun, List<Mention> known) {
        List<String> people = new ArrayList<>();
        for (int back = 0; back <= PAIR_REACH && s.index() - back >= 0 && people.size() < 2; back++) {
            int sentence = s.index() - back;
            List<Mention> there = back == 0 ? known.stream().filter(m -> m.start() < noun).toList()
                    : cast.seen().stream().filter(m -> m.sentence() == sentence).toList();
            boolean here = back == 0;
            there.stream().filter(m -> !here || !speaks(s, m)).map(Mention::entity)
                    .filter(id -> id != null && cast.isPerson(id) && !people.contains(id) && leads(id)).forEach(people::add);
        }
        return people.size() == 2 ? people : List.of();
    }

    /** Whether a person holds a title of office, and not one of speaking for others. */
    private boolean leads(String person) {
        List<String> titles = cast.titlesOf(person);
        return !titles.isEmpty() && titles.stream().noneMatch(t -> Quotes.speaksForOthers(t) || t.equals("press secretary"));
    }

    /** Whether a mention is the subject of a verb of saying: "Spokesman Pedro Rojas said the two leaders agreed". */
    private boolean speaks(Sentence s, Mention m) {
        return s.heads(m.head()).stream().anyMatch(d -> d.head() >= 0 && d.relation().equals("nsubj")
                && language.reportingVerbs().contains(s.token(d.head()).lemma()));
    }

    private static boolean isAll(List<String> ids, int count, Predicate<String> fits) {
        return ids.size() == count && ids.stream().allMatch(fits);
    }

    /** The actors of the last coordination among some mentions of a parsed sentence, in text order. */
    List<String> coordination(Sentence s, List<Mention> mentions) {
        if (!s.isParsed()) {
            return List.of();
        }
        List<Mention> agents = mentions.stream().filter(m -> m.kind() != Mention.Kind.DEMONYM && m.entity() != null
                && cast.entities().find(m.entity()).map(Entity::isAgent).orElse(false)).toList();
        for (int i = agents.size() - 1; i >= 0; i--) {
            Mention last = agents.get(i);
            int first = s.heads(last.head()).stream().filter(d -> d.relation().startsWith("conj")).map(d -> d.head())
                    .findFirst().orElse(-1);
            if (first < 0) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (Mention m : agents) {
                boolean joined = m.head() == first || s.heads(m.head()).stream()
                        .anyMatch(d -> d.relation().startsWith("conj") && d.head() == first);
                if (joined && !out.contains(m.entity())) {
                    out.add(m.entity());
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

}
